// Words PolNeAR train's annotators mark as (part of) an attribution cue in at least 25% of their
// occurrences and at least 8 times: a feature of the attribution tagger. Written by
// scripts/attribution/cue-lexicon.ts; do not edit by hand.

export const CUE_WORDS: ReadonlySet<string> = new Set(
  [
    "about according accused accuses accusing acknowledge acknowledged acknowledging added adding",
    "addressed adds admitted agree agreed aimed allegations alleged also angered announce announced",
    "announcing answered appeared appears approved argue argued argues arguing asked asking asks asserted",
    "assertion assured attacked aware backed backing believes blame blamed blasted boasted call called",
    "calling calls cast challenged chants charged cited citing claim claimed claiming claims complained",
    "complaints conceded concern concluded condemned confident confirmed considered considering continued",
    "convince convinced criticism criticized criticizing decided declared declaring declined decried",
    "deemed defended defending delivered delivering denied denounced denouncing describe described",
    "describes describing determined disclosed discuss discussed discussing dismissed doubt doubts eager",
    "echoed emailed embraced emphasized encouraged endorse endorsed endorsing estimated estimates expect",
    "expected expecting explain explained explaining explains express expressed favor favored fear fears",
    "filed finds fired focused formally found highlighted highlighting hints hoped hopeful hopes hoping",
    "identified ignored indicate indicated initially insist insisted insisting intended issued joked",
    "known laid lamented learned listed mention mentioned mocked named nominated note noted notes noting",
    "offer offered offering officially openly oppose opposed ordered passed planning pleaded pledged",
    "pointed pointing portrayed posted praise praised praises praising predicted predicting prefer",
    "preferred presented pressed previously privately projected promise promised promises promising",
    "promote proposed proposing publicly pushed pushing questioned questioning quick railed re reads",
    "recalled recalling referred referring refused refusing reiterated rejected released remarked",
    "remember remembered reminded repeated repeatedly repeating replied reported reportedly requested",
    "respond responded reveal revealed ruled said say saying says seeking seeks seem seemed seems sees",
    "shared shouted show showed showing shown shows signaled signed skeptical slammed slams sought",
    "sounded spoke stated statement stating stressed strongly suggest suggested suggesting suggestion",
    "suggests supported supporting supports talked talking talks telling tells thanked thinks threatened",
    "titled told touted touting tweeted tweeting unclear urged urging ve viewed voiced voted vowed vows",
    "wanted warned warning widely worried worry writes writing written wrote",
  ]
    .join(" ")
    .split(" "),
);
