/**
 * The invented collaboration: a service, its schools and its providers. Names are made up
 * from Coventry-area places; any likeness to a real school or business is accidental. The
 * order matters: the first school and the first two providers carry the demo accounts.
 */

export interface PlaceTemplate {
  name: string;
  /** Postcode district, e.g. "CV6", and the post town that goes with it. */
  district: string;
  town: string;
}

export interface CourseTemplate {
  title: string;
  subject: string;
  qualification: string;
  level: "Entry 3" | "Level 1" | "Level 2";
  /** Most courses take 14 to 16 year olds; entry-level ones also take Year 9s who are 13. */
  minAge?: number;
}

export interface ProviderTemplate extends PlaceTemplate {
  courses: CourseTemplate[];
}

export const SERVICE: PlaceTemplate = {
  name: "Coventry Alternative Provision",
  district: "CV1",
  town: "Coventry",
};

const coventry = (name: string, district: string): PlaceTemplate => ({
  name,
  district,
  town: "Coventry",
});

export const SCHOOLS: PlaceTemplate[] = [
  coventry("Radford Brook Academy", "CV6"),
  coventry("Earlsdon Heath School", "CV5"),
  coventry("Stivichall Grange Academy", "CV3"),
  coventry("Foleshill Park School", "CV6"),
  coventry("Wyken Vale Academy", "CV2"),
  coventry("Canley Fields School", "CV4"),
  coventry("Holbrooks Meadow Academy", "CV6"),
  coventry("Walsgrave Hill School", "CV2"),
  coventry("Hillfields Community Academy", "CV1"),
  coventry("Longford Bridge School", "CV6"),
  coventry("Cheylesmore Manor Academy", "CV3"),
  coventry("Willenhall Wood School", "CV3"),
  coventry("Our Lady of the Spires Catholic Academy", "CV1"),
  coventry("Keresley Heath School", "CV7"),
  coventry("Binley Park Academy", "CV3"),
  coventry("Allesley Green School", "CV5"),
  coventry("Bell Green Academy", "CV2"),
  coventry("Tile Hill Brook School", "CV4"),
  { name: "Bedworth Heath Academy", district: "CV12", town: "Bedworth" },
  { name: "Abbey Fields Academy", district: "CV8", town: "Kenilworth" },
];

const course = (
  title: string,
  subject: string,
  qualification: string,
  level: CourseTemplate["level"],
  minAge?: number,
): CourseTemplate => ({ title, subject, qualification, level, minAge });

export const PROVIDERS: ProviderTemplate[] = [
  {
    ...coventry("Three Spires Construction Training", "CV6"),
    courses: [
      course("Construction Multi-Skills", "Construction", "NCFE Level 1 Certificate", "Level 1"),
      course(
        "Bricklaying Foundations",
        "Construction",
        "City & Guilds Entry 3 Award",
        "Entry 3",
        13,
      ),
      course("Painting and Decorating", "Construction", "BTEC Level 1 Award", "Level 1"),
    ],
  },
  {
    ...coventry("Phoenix Motor Vehicle Academy", "CV1"),
    courses: [
      course("Light Vehicle Maintenance", "Motor Vehicle", "IMI Level 1 Award", "Level 1"),
      course("Motorcycle Maintenance", "Motor Vehicle", "IMI Level 1 Certificate", "Level 1"),
      course("Vehicle Bodywork Taster", "Motor Vehicle", "AQA Unit Award", "Entry 3", 13),
    ],
  },
  {
    ...coventry("Shears and Shine Hair Academy", "CV2"),
    courses: [
      course(
        "Hairdressing and Barbering",
        "Hair and Beauty",
        "VTCT Level 1 Certificate",
        "Level 1",
      ),
      course("Beauty and Nail Technology", "Hair and Beauty", "VTCT Level 1 Award", "Level 1"),
      course("Barbering Skills", "Hair and Beauty", "VTCT Level 2 Award", "Level 2"),
    ],
  },
  {
    ...coventry("Priory Kitchen Training", "CV1"),
    courses: [
      course(
        "Professional Cookery Introduction",
        "Catering",
        "NCFE Level 1 Certificate",
        "Level 1",
      ),
      course("Café and Barista Skills", "Catering", "BTEC Level 1 Award", "Level 1"),
      course("Food Safety in Catering", "Catering", "CIEH Level 2 Award", "Level 2"),
    ],
  },
  {
    ...coventry("Memorial Park Sports Education", "CV3"),
    courses: [
      course("Sport and Active Leisure", "Sport", "BTEC Level 1 Award", "Level 1"),
      course("Football Coaching and Fitness", "Sport", "NCFE Level 1 Certificate", "Level 1"),
      course("Boxing Fitness and Wellbeing", "Sport", "AQA Unit Award", "Entry 3", 13),
    ],
  },
  {
    ...coventry("Brookfield Farm Learning", "CV7"),
    courses: [
      course(
        "Animal Care and Welfare",
        "Animal Care",
        "City & Guilds Level 1 Certificate",
        "Level 1",
      ),
      course("Small Animal Handling", "Animal Care", "City & Guilds Entry 3 Award", "Entry 3", 13),
      course("Land-Based Skills", "Animal Care", "NCFE Level 1 Award", "Level 1"),
    ],
  },
  {
    ...coventry("ByteForward Digital Skills", "CV1"),
    courses: [
      course("Digital Skills and Coding", "Digital/IT", "BTEC Level 1 Award", "Level 1"),
      course("Games Design", "Digital/IT", "NCFE Level 1 Certificate", "Level 1"),
      course("Essential Digital Skills", "Digital/IT", "Functional Skills", "Entry 3", 13),
    ],
  },
  {
    ...coventry("Ringway Music Studios", "CV1"),
    courses: [
      course("Music Production and DJ Skills", "Music Production", "RSL Level 1 Award", "Level 1"),
      course("Music Technology", "Music Production", "NCFE Level 2 Certificate", "Level 2"),
    ],
  },
  {
    ...coventry("Stepping Stones Learning Centre", "CV5"),
    courses: [
      course("Functional Skills English", "English and Maths", "Functional Skills", "Entry 3", 13),
      course("Functional Skills Maths", "English and Maths", "Functional Skills", "Level 1"),
      course("English and Maths Catch-Up", "English and Maths", "Functional Skills", "Level 1"),
    ],
  },
  {
    ...coventry("Foleshill Community Workshop", "CV6"),
    courses: [
      course("Woodwork and Joinery", "Construction", "NCFE Level 1 Award", "Level 1"),
      course("Bike Mechanics", "Motor Vehicle", "City & Guilds Level 1 Award", "Level 1"),
    ],
  },
  {
    ...coventry("Canal Basin Enterprise Hub", "CV1"),
    courses: [
      course("Enterprise and Employability", "Employability", "NCFE Level 1 Award", "Level 1"),
      course("Retail and Customer Service", "Employability", "BTEC Level 1 Award", "Level 1"),
    ],
  },
  {
    ...coventry("Willenhall Outdoor Learning", "CV3"),
    courses: [
      course("Outdoor Education and Bushcraft", "Sport", "AQA Unit Award", "Entry 3", 13),
      course("Team Leadership Outdoors", "Sport", "BTEC Level 1 Award", "Level 1"),
    ],
  },
];
