// All-caps words that are not organisations: countries, degrees, titles, units, common abbreviations and
// Roman numerals. Countries come from places.ts; this list is the rest.

export const NOT_ORG_ACRONYMS = [
  // English
  "MD", "PHD", "MA", "BA", "MBA", "MP", "MPS", "CEO", "CFO", "COO", "CTO", "GDP", "GMT", "UTC", "AM", "PM", "TV", "OK",
  "DNA", "RNA", "HIV", "AIDS", "COVID", "USD", "EUR", "KZT", "RUB", "CO2", "IT", "AI", "PR", "ID", "PDF", "HTML",
  "FAQ", "DIY", "VIP", "LGBT", "LGBTQ", "ISIS", "JR", "SR", "MR", "MRS", "MS", "DR", "ST", "VS", "RSS", "URL",
  "EST", "EDT", "PST", "PDT", "CST", "CDT", "BST", "CET", "CEST", "MSK", "IPO", "ETF", "CPI", "VAT", "FY", "Q1", "Q2",
  "Q3", "Q4", "R&D", "CPU", "GPU", "RAM", "SSD", "HDD", "API", "SDK", "APP", "PC", "LED", "LCD", "HD", "4K", "CD", "DVD", "ISS", "SMS", "GB", "MB", "OS", "HTML5", "USB", "GPS", "SUV", "NEWS", "LIVE", "VIDEO", "PHOTO",
  // Russian
  "ВВП", "НДС", "ИИ", "ДТП", "ЧП", "СМИ", "ВУЗ", "ВУЗЫ", "РЕН", "ТВ", "МЛН", "МЛРД", "ТЫС", "КГ", "КМ", "РУБ", "ДОЛЛ",
  "ГЭС", "ТЭЦ", "АЭС", "НПЗ", "ЖКХ", "ЖК", "ИП", "НКО", "ЕНТ", "ОРВИ", "СПИД", "ВИЧ", "ФИО", "ЧМ", "ОИ", "ЕГЭ",
  "МКС", "СМС", "ГБ", "МБ", "КБ", "ТБ", "ОС", "ЖЖ", "СПО", "ПО", "ТМ", "ОТ", "ДНК", "РНК",
  "ТЭК", "МСБ", "ЧС", "ПДД", "ГМО", "ИТ", "ЖКУ", "КПП", "СИЗО", "АПК", "ОПГ", "ГСМ", "ЛЭП",
  "ТОО", "АО", "ПАО", "ОАО", "ЗАО", "ООО", "ГУП", "МУП", "ФГУП", "ИНН", "БИН", "ИИН", "ЭКСПО",
];
