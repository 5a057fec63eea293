// English organisation lexicon: head nouns of names ("Department of Conservation", "New York University"),
// nouns around a bare name that make it a body ("rescue group Project Jonah", "Con Edison officials"),
// and a compact gazetteer of bodies no rule can see.
import type { GazetteerEntry } from "../language-module";

/** Capitalised words that head an organisation's name. */
export const HEADS_EN = new Set([
  "Department", "Ministry", "Agency", "Office", "Bureau", "Commission", "Committee", "Council", "Board", "Authority",
  "Administration", "Service", "Services", "Institute", "Institution", "University", "College", "School", "Academy",
  "Center", "Centre", "Foundation", "Fund", "Association", "Society", "Union", "League", "Federation", "Organization",
  "Organisation", "Party", "Bank", "Reserve", "Corporation", "Corp", "Inc", "Ltd", "LLC", "Plc", "PLC", "Company",
  "Co", "Group", "Holdings", "Partners", "Trust", "Court", "Parliament", "Congress", "Senate", "Assembly", "Police",
  "Army", "Navy", "Museum", "Hospital", "Clinic", "Laboratory", "Laboratories", "Network", "Times", "Post", "News",
  "Journal", "Herald", "Tribune", "Press", "Telegraph", "Gazette", "Movement", "Coalition", "Alliance", "Front",
  "Chamber", "Exchange", "Airlines", "Airways", "Motors", "Technologies", "Labs", "Media", "Studios", "Club",
  "Conservancy", "Consortium", "Cooperative", "Council", "Directorate", "Secretariat", "Tribunal", "Caucus",
]);

/** Heads that need a complement to be a name: "Department" alone is generic, "Department of X" is not. */
export const HEADS_NEEDING_MORE_EN = new Set(["Department", "Ministry", "Office", "Board", "Service", "Services", "Group", "Center", "Centre", "Fund", "Court", "Party", "Police", "Company", "Network", "News"]);

/** Lower-case nouns after a bare capitalised name that make it a body: "the Manu Taupunga group". */
export const FOLLOWING_NOUNS_EN = new Set([
  "group", "company", "firm", "agency", "party", "movement", "organisation", "organization", "charity", "foundation",
  "officials", "official", "spokesman", "spokeswoman", "spokesperson", "executives", "executive", "employees",
  "workers", "worker", "staff", "shareholders", "board", "subsidiary", "utility", "network", "newspaper",
  "analysts", "economists", "strategists",
]);

/** Days and months: "the Commission on Monday" ends at "Commission". */
export const CALENDAR_WORDS_EN = new Set([
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
  "May", "June", "July", "August", "September", "October", "November", "December",
]);

/** Lower-case nouns right before a bare capitalised name that make it a body: "whale rescue group Project Jonah". */
export const PRECEDING_NOUNS_EN = new Set([
  "group", "company", "firm", "agency", "organisation", "organization", "charity", "nonprofit", "non-profit",
  "startup", "bank", "utility", "outlet", "newspaper", "broadcaster", "carrier", "airline", "retailer", "insurer",
  "lender", "watchdog", "regulator", "thinktank", "think-tank", "coalition", "union", "party", "movement",
]);

/** Words that start a sentence and so are capitalised without being part of a name. */
export const SENTENCE_WORDS_EN = new Set([
  "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "So", "If", "When", "While", "After", "Before",
  "However", "Meanwhile", "Still", "Yet", "Also", "As", "By", "From", "With", "Without", "This", "That", "These",
  "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "There",
  "Here", "Some", "Many", "Most", "Even", "Only", "Now", "Then", "According", "Under", "Over", "Since", "Despite",
  "Although", "Though", "Because", "Earlier", "Later", "Last", "Next", "Every", "Each", "All", "No", "Not",
  // Articles of other Latin-script languages, for pages in French, Spanish, German, Italian.
  "La", "Le", "Les", "El", "Los", "Las", "Die", "Der", "Das", "Il",
]);

/** Last words that make a name with a head noun a law, a prize, an event or a place ("Investment Company Act"). */
export const NOT_ORG_LAST_WORDS_EN = new Set([
  "Act", "Law", "Bill", "Treaty", "Agreement", "Accord", "Award", "Awards", "Prize", "Cup", "Games", "Summit",
  "Conference", "Festival", "Day", "War", "Street", "Road", "Avenue", "Square", "Building", "Tower", "Bridge", "Park",
  "Station", "Airport", "Report", "Index", "Program", "Programme", "Plan", "Strategy", "Initiative", "Fellowship",
]);

/** Small words allowed inside a name: "Department of Design and Construction", "Bank of East Asia". */
export const CONNECTORS_EN = new Set(["of", "for", "and", "the", "on", "&"]);

export const GAZETTEER_EN: GazetteerEntry[] = [
  { name: "Federal Reserve", aliases: ["Fed"] }, { name: "IMF", aliases: ["International Monetary Fund"] },
  { name: "World Bank" }, { name: "UN", aliases: ["United Nations"] }, { name: "NATO" },
  { name: "EU", aliases: ["European Union"] }, { name: "European Commission" }, { name: "WTO" }, { name: "WHO" },
  { name: "OPEC" }, { name: "OSCE" }, { name: "SCO" }, { name: "CSTO" }, { name: "EAEU" }, { name: "CIS" },
  { name: "EBRD" }, { name: "ADB", aliases: ["Asian Development Bank"] }, { name: "AIFC" },
  { name: "Congress" }, { name: "Senate" }, { name: "Parliament" }, { name: "Kremlin" }, { name: "Pentagon" },
  { name: "White House" }, { name: "Supreme Court" }, { name: "Google" }, { name: "Apple" }, { name: "Microsoft" },
  { name: "Amazon" }, { name: "Facebook" }, { name: "Meta" }, { name: "Twitter" }, { name: "Tesla" },
  { name: "Reuters" }, { name: "Bloomberg" }, { name: "Associated Press", aliases: ["AP"] }, { name: "AFP" },
  { name: "BBC" }, { name: "CNN" }, { name: "Gazprom" }, { name: "Rosneft" }, { name: "Kazatomprom" },
  { name: "Samruk-Kazyna" }, { name: "KazMunayGas" }, { name: "Kazakhmys" }, { name: "Kazzinc" }, { name: "Air Astana" },
  { name: "Taliban" }, { name: "Hamas" }, { name: "Hezbollah" }, { name: "Greenpeace" }, { name: "Amnesty International" },
  { name: "Red Cross" }, { name: "Interpol" },
];
