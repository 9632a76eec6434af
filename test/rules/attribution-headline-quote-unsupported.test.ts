import { testRule } from "../helpers/rule-tester.js";

testRule("attribution/headline-quote-unsupported", {
  valid: [
    { name: "German headline quote that the body has", title: 'Trump: "Macht mich sehr wütend"', text: "Der Präsident sagte am Montag: „Das macht mich sehr wütend.“ Dann ging er." },
    { name: "German headline without a quote", title: "Trump telefoniert mit Putin", text: "Der Präsident sprach am Montag mit seinem Amtskollegen." },
    { name: "English headline quote that the body has", title: "Mayor: “We will rebuild”", text: "“We will rebuild,” the mayor said on Friday, standing in front of the ruins." },
  ],
  invalid: [
    {
      name: "German headline quote the body never says",
      count: 1,
      title: 'Putins Vorgehen:Trump: "Macht mich sehr wütend"',
      text: "Der Präsident sprach am Montag erneut mit Putin. Einzelheiten nannte er nicht.",
      message: ["Macht mich sehr wütend"],
    },
    {
      name: "English headline quote the body never says",
      count: 1,
      title: "Mayor: “We will rebuild, bigger and better”",
      text: "The mayor toured the flooded district on Friday and met residents.",
      message: ["We will rebuild, bigger and better"],
    },
  ],
});
