// Countries, regions and cities as English writes them: places, never organisations (the labelling guide).

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
