/**
 * Name and street pools for fictional people and places. Faker's en_GB locale falls back
 * to American names, so the seed draws from lists that sound like a Coventry classroom.
 */

export const BOYS_NAMES = [
  "Oliver", "Jack", "Harry", "Alfie", "Charlie", "Thomas", "George", "Joshua", "Jacob",
  "Ethan", "Samuel", "Joseph", "Dylan", "Mohammed", "Muhammad", "Lewis", "Ryan", "Max",
  "Liam", "Noah", "Leo", "Oscar", "Archie", "Riley", "Logan", "Tyler", "Kian", "Callum",
  "Mason", "Jayden", "Kai", "Lucas", "Connor", "Reece", "Bradley", "Harvey", "Luke",
  "Jake", "Cameron", "Owen", "Jamie", "Kyle", "Brandon", "Aaron", "Finley", "Toby",
  "Adam", "Ayaan", "Yusuf", "Ibrahim", "Bilal", "Hamza", "Zain", "Arjun", "Jaskaran",
  "Manveer", "Arjan", "Kacper", "Jakub", "Szymon", "Dawid", "Filip", "Mateusz", "Tobi",
  "Kwame", "Emmanuel", "Daniel", "David", "Marcus", "Tyrese", "Andrei", "Luca", "Rio",
  "Ellis", "Louie", "Frankie", "Jenson", "Freddie", "Rhys", "Declan", "Shay", "Ruben",
  "Elijah", "Isaac", "Nathan", "Corey", "Jordan", "Ibrahima", "Omar", "Rayan",
] as const;

export const GIRLS_NAMES = [
  "Olivia", "Ruby", "Emily", "Grace", "Jessica", "Chloe", "Sophie", "Lily", "Amelia",
  "Evie", "Mia", "Ella", "Charlotte", "Lucy", "Megan", "Ellie", "Isabelle", "Hannah",
  "Katie", "Holly", "Amy", "Leah", "Freya", "Molly", "Erin", "Abigail", "Poppy", "Imogen",
  "Millie", "Jasmine", "Lola", "Maisie", "Phoebe", "Scarlett", "Eva", "Niamh", "Keira",
  "Courtney", "Paige", "Shannon", "Demi", "Kayla", "Tia", "Aaliyah", "Maryam", "Aisha",
  "Fatima", "Zara", "Ayesha", "Hafsa", "Simran", "Jaspreet", "Harleen", "Amrit", "Priya",
  "Anika", "Zuzanna", "Julia", "Maja", "Natalia", "Oliwia", "Wiktoria", "Amira",
  "Precious", "Blessing", "Favour", "Esther", "Destiny", "Jada", "Nia", "Tiana", "Alicia",
  "Bethany", "Caitlin", "Georgia", "Lacey", "Libby", "Rosie", "Summer", "Skye", "Tilly",
] as const;

export const SURNAMES = [
  "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
  "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
  "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood",
  "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King",
  "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Parker",
  "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter",
  "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Khan",
  "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
  "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt",
  "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes",
  "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins",
  "Murray", "Dixon", "Harvey", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gill",
  "Sandhu", "Dhillon", "Nowak", "Kowalczyk", "Lewandowski", "Mensah", "Okafor",
  "Adeyemi", "Osei", "Boateng", "Mahmood", "Iqbal", "Rahman", "Chowdhury", "Mistry",
  "Sharma", "Bains", "Johal", "Sidhu", "Grewal", "Brennan", "O'Connor", "Doherty",
  "McCarthy", "Quinn", "Byrne", "Reid", "Stewart", "Fraser", "Nolan", "Hayes", "Burke",
  "Lynch", "Yilmaz", "Popescu", "Ionescu",
] as const;

/** Names a student may be known by instead of the legal first name. */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  Oliver: "Ollie", Thomas: "Tom", Joshua: "Josh", Samuel: "Sam", Joseph: "Joe",
  Alexander: "Alex", Jacob: "Jake", Daniel: "Dan", Nathan: "Nate", Frederick: "Freddie",
  Cameron: "Cam", Mohammed: "Mo", Muhammad: "Mo", Ibrahim: "Ibby", Mateusz: "Mat",
  Jessica: "Jess", Charlotte: "Lottie", Isabelle: "Izzy", Abigail: "Abi", Amelia: "Millie",
  Natalia: "Nat", Rebecca: "Becca", Katie: "Kat", Georgia: "George", Jasmine: "Jas",
  Jaskaran: "Jas", Bethany: "Beth", Caitlin: "Cait", Wiktoria: "Vicky", Zuzanna: "Zuza",
};

export const STREETS = [
  "Station Road", "Church Lane", "Mill Street", "Park Road", "Holly Walk", "Bridge Street",
  "Meadow Way", "Orchard Close", "Victoria Street", "Albany Road", "Sandy Lane",
  "Brookside Avenue", "Windmill Road", "Kingfisher Drive", "Cannon Hill Road", "Elm Grove",
  "Farm Road", "Queensway", "Priory Row", "Canal Road", "Beechwood Avenue", "Hawthorn Way",
  "Oak Tree Lane", "Grange Road", "Chapel Street", "Springfield Road", "Willow Drive",
  "Ashford Road", "Heathcote Street", "Swan Lane", "Lime Tree Avenue", "Foundry Way",
  "Ribbon Works Lane", "Weavers Walk", "Watchmakers Row", "Spires View", "Sowe Valley Road",
] as const;
