// Countries, regions and cities (Russian and English, nominative): places, never organisations
// (the labelling guide). The organisation rules use them to reject candidates and to end names that
// take a place complement ("Национальный банк Украины").

export const PLACES_RU = [
  "Россия", "РФ", "Казахстан", "Кыргызстан", "Киргизия", "Узбекистан", "Таджикистан", "Туркменистан", "Туркмения",
  "Азербайджан", "Армения", "Грузия", "Белоруссия", "Беларусь", "Украина", "Молдавия", "Молдова", "Монголия",
  "Китай", "КНР", "КНДР", "Япония", "Корея", "Индия", "Пакистан", "Афганистан", "Иран", "Ирак", "Турция", "Сирия",
  "Израиль", "Палестина", "Египет", "Саудовская Аравия", "ОАЭ", "Катар", "США", "Америка", "Канада", "Мексика",
  "Бразилия", "Аргентина", "Великобритания", "Британия", "Англия", "Франция", "Германия", "ФРГ", "Италия", "Испания",
  "Польша", "Чехия", "Австрия", "Швейцария", "Швеция", "Норвегия", "Финляндия", "Дания", "Нидерланды", "Голландия",
  "Бельгия", "Греция", "Болгария", "Румыния", "Венгрия", "Сербия", "Литва", "Латвия", "Эстония", "Австралия",
  "Новая Зеландия", "Вьетнам", "Таиланд", "Индонезия", "Малайзия", "Сингапур", "Филиппины", "ЮАР", "Нигерия",
  "Кения", "Эфиопия", "Эритрея", "Куба", "Венесуэла", "СССР", "Европа", "Азия", "Африка", "Евразия", "Крым",
  "Центральная Азия", "Ближний Восток", "Запад", "Восток", "Российская Федерация", "Советский Союз",
  "РК", "КР", "РБ", "РТ", "РУз", "ВКО", "СКО", "ЗКО", "ЮКО",
  "Москва", "Санкт-Петербург", "Петербург", "Алматы", "Астана", "Нур-Султан", "Шымкент", "Караганда", "Актау",
  "Атырау", "Актобе", "Павлодар", "Костанай", "Семей", "Тараз", "Бишкек", "Ташкент", "Душанбе", "Ашхабад", "Баку",
  "Ереван", "Тбилиси", "Минск", "Киев", "Пекин", "Токио", "Вашингтон", "Нью-Йорк", "Лондон", "Париж", "Берлин",
  "Брюссель", "Женева", "Вена", "Рим", "Анкара", "Стамбул", "Тегеран", "Дели", "Екатеринбург", "Новосибирск",
  "Казань", "Сибирь", "Урал", "Подмосковье", "Ленобласть",
];

export const PLACES_EN = [
  "US", "USA", "U.S", "UK", "U.K", "America", "United States", "United Kingdom", "Britain", "Great Britain", "England",
  "Scotland", "Wales", "Ireland", "Russia", "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Tajikistan", "Turkmenistan",
  "Azerbaijan", "Armenia", "Georgia", "Belarus", "Ukraine", "Moldova", "Mongolia", "China", "Japan", "Korea",
  "North Korea", "South Korea", "India", "Pakistan", "Afghanistan", "Iran", "Iraq", "Turkey", "Syria", "Israel",
  "Palestine", "Egypt", "Saudi Arabia", "UAE", "Qatar", "Canada", "Mexico", "Brazil", "Argentina", "France",
  "Germany", "Italy", "Spain", "Poland", "Austria", "Switzerland", "Sweden", "Norway", "Finland", "Denmark",
  "Netherlands", "Belgium", "Greece", "Australia", "New Zealand", "Vietnam", "Thailand", "Indonesia", "Singapore",
  "South Africa", "Nigeria", "Kenya", "Ethiopia", "Cuba", "Venezuela", "Europe", "Asia", "Africa", "Central Asia",
  "Middle East", "Washington", "New York", "New York City", "NYC", "N.Y.C", "London", "Paris", "Berlin", "Brussels",
  "Geneva", "Moscow", "Beijing", "Tokyo", "Almaty", "Astana", "Tashkent", "Bishkek", "Kiev", "Kyiv", "Manhattan",
  "Cairo", "Tunis", "Baghdad", "Damascus", "Beirut", "Jerusalem", "Tehran", "Kabul", "Islamabad", "Delhi", "New Delhi",
  "Mumbai", "Seoul", "Hong Kong", "Shanghai", "Taipei", "Bangkok", "Jakarta", "Manila", "Sydney", "Toronto", "Ottawa",
  "Madrid", "Rome", "Vienna", "Warsaw", "Prague", "Athens", "Istanbul", "Ankara", "Dubai", "Riyadh", "Doha", "Lagos",
  "Johannesburg", "Harare", "Addis Ababa", "Baku", "Tbilisi", "Yerevan", "Minsk", "Dushanbe", "Ashgabat", "Shymkent",
  "Los Angeles", "Chicago", "Boston", "San Francisco", "Seattle", "Miami", "Atlanta", "Dallas", "Philadelphia",
  "Brooklyn", "Queens", "California", "Texas", "Florida", "Louisiana", "Houston", "Melbourne", "Nairobi",
];
