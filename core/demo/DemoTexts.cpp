#include "demo/DemoTexts.h"

namespace md {

// Lists are written as one '|'-separated literal each: compact to read and to
// extend. They are split once, on first use.
QStringList DemoTexts::list(const char* joined) {
    return QString::fromUtf8(joined).split(QLatin1Char('|'));
}

namespace {

const QStringList& firstNames() {
    static const QStringList names = DemoTexts::list(
        "Amara|Lukas|Sofia|Mateo|Yuki|Aarav|Ingrid|Kwame|Leila|Tomasz|Camille|Diego|Anika|Olu"
        "waseun|Mei|Rafael|Freya|Hamid|Zofia|Jonas|Priya|Elif|Santiago|Nadia|Bjørn|Chiara|Tariq|"
        "Hana|Gabriel|Ayesha|Milan|Lucía|Emeka|Sanne|Kenji|Fatima|Niklas|Isabela|Dmitri|Aisha|"
        "Théo|Marta|Ravi|Astrid|Kofi|Léa|Arjun|Noor|Paulo|Helena|Wen|Sipho|Clara|Mehmet|Ingeborg|"
        "Tenzin|Ana|Matthias|Zainab|Oskar|Valentina|Hiroshi|Maëlle|Adebayo|Saoirse|Jakub|Rania|"
        "Luca|Mariam|Erik|Ximena|Farid|Johanna|Chidi|Linnea|Andrés|Yasmin|Pieter|Sunita|Malik|"
        "Beatriz|Ole|Keiko|Ibrahim|Greta|Tomás|Adaeze|Florian|Nilufar|Sebastián|Ewa|Jun|Amélie");
    return names;
}

const QStringList& lastNames() {
    static const QStringList names = DemoTexts::list(
        "Okonkwo|Lindqvist|Moreau|Fernández|Tanaka|Sharma|Kowalski|Mensah|Haddad|Novak|Schneider|"
        "Rossi|Nakamura|Adeyemi|Costa|Johansson|Dubois|Çelik|Hoffmann|Wójcik|Patel|Silva|Müller|"
        "Ivanova|Nguyen|Van der Berg|O'Sullivan|Al-Farsi|Kim|Bianchi|Eriksen|García|Mahlangu|"
        "Petrov|Yilmaz|Bakker|Chen|Kovačević|Lopes|Horvath|Andersen|Suzuki|Nowak|Achterberg|"
        "Osei|Dimitriou|Richter|Castillo|Fischer|Jansen|Morales|Virtanen|Zhang|Papadopoulos|"
        "Ndlovu|Lefebvre|Kaya|Sato|Baptiste|Ahmadi|Brennan|Gallo|Szabó|Herrera|Nilsson|Mwangi|"
        "Ferreira|Schmidt|Rahman|Haugen|Delgado|Kraus|Iyer|Mbeki|Larsen|Popescu|Watanabe|Ortiz|"
        "Weber|Hakimi|Lund|Santos|Obi|Keller|Rinaldi|Dahl|Benítez|Kruger|Sokolov|Fontaine");
    return names;
}

const QStringList& zones() {
    // Mostly the mentor's own zone (empty); then where clients tend to live.
    static const QStringList ids =
        DemoTexts::list("||||||||Europe/London|Europe/Paris|Europe/Madrid|"
                        "Europe/Warsaw|Europe/Stockholm|America/New_York|"
                        "America/Toronto|America/Sao_Paulo|Asia/Singapore|"
                        "Asia/Tokyo|Asia/Kolkata|Africa/Lagos|Australia/Sydney");
    return ids;
}

QString asciiFold(const QString& text) {
    QString folded;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            folded.append(c.toLower());
        else if (c == QChar(0xF8) || c == QChar(0xD8))
            folded.append(QLatin1Char('o'));
    }
    return folded;
}

} // namespace

int DemoTexts::between(int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

bool DemoTexts::chance(int percent) {
    return between(0, 99) < percent;
}

QString DemoTexts::pick(const QStringList& list) {
    return list.at(between(0, int(list.size()) - 1));
}

QString DemoTexts::paragraph(const QStringList& sentences, int minCount, int maxCount,
                             const QString& firstName) {
    const int count = between(minCount, maxCount);
    QStringList chosen;
    // Sentences are drawn without repeating the previous one.
    int previous = -1;
    for (int i = 0; i < count; ++i) {
        int index = between(0, int(sentences.size()) - 1);
        if (index == previous)
            index = (index + 1) % int(sentences.size());
        previous = index;
        chosen << sentences.at(index);
    }
    QString text = chosen.join(QLatin1Char(' '));
    if (!firstName.isEmpty())
        text.replace(QStringLiteral("{name}"), firstName);
    return text;
}

DemoTexts::Person DemoTexts::person() {
    Person p;
    p.firstName = pick(firstNames());
    QString last = pick(lastNames());
    if (chance(12))
        last += QLatin1Char('-') + pick(lastNames());
    p.fullName = p.firstName + QLatin1Char(' ') + last;
    if (chance(15))
        p.preferredName = p.firstName.left(std::max<qsizetype>(3, p.firstName.size() - 2));
    static const QStringList domains =
        list("example.org|example.com|mail.example|post.example.net|inbox.example");
    p.email = QStringLiteral("%1.%2@%3")
                  .arg(asciiFold(p.firstName), asciiFold(last.section(QLatin1Char('-'), 0, 0)),
                       pick(domains));
    static const QStringList prefixes = list("+49 30|+49 89|+44 20|+33 1|+34 91|+48 22|+46 8|+1 "
                                             "212|+1 416|+65|+81 3|+91 22|+234 1|+61 2");
    p.phone = QStringLiteral("%1 %2 %3")
                  .arg(pick(prefixes))
                  .arg(between(100, 999))
                  .arg(between(1000, 9999));
    p.timeZone = pick(zones());
    return p;
}

QString DemoTexts::organisation() {
    static const QStringList first =
        list("Nordlicht|Blue Harbour|Kestrel|Arcadia|Meridian|Juniper|Atlas|Sable|Verdant|Orbit|"
             "Copperfield|Halcyon|Lumen|Northwind|Saffron|Tessellate|Brightwater|Quarry|Ember|"
             "Polaris|Riverstone|Cobalt|Marigold|Granite|Oakridge|Helix|Solstice|Tidewater");
    static const QStringList second =
        list("Logistics|Health|Software|Energy|Bank|Insurance|Foods|Robotics|Analytics|Media|"
             "Consulting|Pharma|Mobility|Retail|Studios|Labs|Foundation|Telecom|Textiles|"
             "Engineering|Capital|Learning|Hospitality|Biotech");
    static const QStringList form = list("GmbH|Ltd|SA|AG|Inc.|BV|AB|S.r.l.||Group|& Partners");
    const QString suffix = pick(form);
    return (pick(first) + QLatin1Char(' ') + pick(second) +
            (suffix.isEmpty() ? QString() : QLatin1Char(' ') + suffix))
        .trimmed();
}

QString DemoTexts::role() {
    static const QStringList roles =
        list("Senior Software Engineer|Product Manager|Data Analyst|Head of Marketing|UX Designer|"
             "Finance Controller|Project Manager|Team Lead, Customer Success|Research Scientist|"
             "HR Business Partner|Sales Director|Operations Manager|Nurse Practitioner|Lecturer|"
             "Mechanical Engineer|Legal Counsel|Procurement Specialist|Communications Officer|"
             "Engineering Manager|Supply Chain Planner|Junior Consultant|Architect|Policy Advisor|"
             "Store Manager|Quality Assurance Lead|Brand Strategist|Clinical Researcher|CFO|"
             "Graduate Trainee|Teacher|Account Manager|Chief of Staff|Site Reliability Engineer");
    return pick(roles);
}

QString DemoTexts::referral() {
    static const QStringList sources =
        list("Recommended by a former client|LinkedIn|Conference talk|Company programme|"
             "Website|Alumni network|Podcast interview|Colleague|Workshop|Newsletter|");
    return pick(sources);
}

QStringList DemoTexts::tags() {
    static const QStringList all =
        list("leadership|career-change|promotion|returner|graduate|executive|tech|healthcare|"
             "finance|public-sector|remote|burnout-recovery|negotiation|visibility|"
             "first-manager|founder|academia|relocation");
    QStringList chosen;
    const int count = between(0, 3);
    for (int i = 0; i < count; ++i) {
        const QString tag = pick(all);
        if (!chosen.contains(tag))
            chosen << tag;
    }
    return chosen;
}

QString DemoTexts::background(const Person& person, const QString& role,
                              const QString& organisation) {
    static const QStringList sentences =
        list("Studied economics and moved into operations after a first job in retail.|"
             "Holds a master's degree in engineering; worked in two countries before settling.|"
             "Came into the field through an apprenticeship and has been promoted twice since.|"
             "Spent several years freelancing before joining a larger organisation.|"
             "Returned to work last year after a long parental leave.|"
             "Has led small projects but never had formal line responsibility.|"
             "Was part of a reorganisation that changed the team's scope twice in a year.|"
             "Speaks three languages and often acts as the bridge to international partners.|"
             "Started as an intern in the same company and knows its culture deeply.|"
             "Moved cities for this position and is still building a local network.");
    return QStringLiteral("%1 at %2 since %3. %4")
        .arg(role, organisation)
        .arg(between(2008, 2025))
        .arg(paragraph(sentences, 2, 4, person.firstName));
}

QString DemoTexts::strengths() {
    static const QStringList items =
        list("Structured thinker|Calm under pressure|Explains complex topics simply|"
             "Reliable with deadlines|Builds trust quickly with clients|Strong analytical skills|"
             "Curious and learns fast|Good listener|Resourceful when budgets are tight|"
             "Writes clearly|Well connected across departments|Coaches juniors naturally");
    QStringList lines;
    const int count = between(2, 4);
    for (int i = 0; i < count; ++i)
        lines << pick(items);
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

QString DemoTexts::weaknesses() {
    static const QStringList items =
        list("Avoids difficult conversations|Says yes to everything|Undersells own results|"
             "Perfectionism slows delivery|Little visibility with senior leaders|"
             "Struggles to delegate|Impatient in meetings|Network outside the company is thin|"
             "Loses focus when juggling many projects|Hesitant to negotiate salary");
    QStringList lines;
    const int count = between(1, 3);
    for (int i = 0; i < count; ++i)
        lines << pick(items);
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

QString DemoTexts::aspirations(const Person& person) {
    static const QStringList sentences =
        list("{name} wants to lead a team of their own within eighteen months.|"
             "Aims for a role with more strategic influence and less firefighting.|"
             "Would like to move from a corporate setting into a mission-driven organisation.|"
             "Hopes to be promoted to a senior position in the next review cycle.|"
             "Is considering a move abroad and wants to know which skills travel well.|"
             "Wants a better balance between work and family without losing momentum.|"
             "Dreams of starting a consultancy in a few years.|"
             "Would like to be seen as the expert for their topic across the company.");
    return paragraph(sentences, 1, 3, person.firstName);
}

QString DemoTexts::keepDoing() {
    static const QStringList items =
        list("Preparing each meeting with a short written agenda.|Asking for feedback after "
             "presentations.|Blocking focus time in the calendar.|Mentoring the new colleagues.|"
             "Keeping a log of achievements for the annual review.");
    return pick(items);
}

QString DemoTexts::startDoing() {
    static const QStringList items =
        list("Sharing results in the monthly leadership meeting.|Reaching out to one new contact a "
             "week.|Saying no to requests outside the agreed scope.|Delegating the weekly report.|"
             "Writing down the decisions after each one-to-one.");
    return pick(items);
}

QString DemoTexts::stopDoing() {
    static const QStringList items =
        list("Answering emails late at night.|Rewriting colleagues' work instead of giving "
             "feedback.|Apologising before stating an opinion.|Volunteering for every side "
             "project.|Checking messages during focus time.");
    return pick(items);
}

QString DemoTexts::engagementTitle() {
    static const QStringList titles =
        list("Stepping into a first leadership role|Preparing the move to a new industry|"
             "Getting ready for the promotion round|Back to work after a career break|"
             "Finding a sustainable pace|Building visibility with senior leadership|"
             "From specialist to manager|Negotiating a better package|Planning the next five years|"
             "Leading through a reorganisation|Launching an independent practice|"
             "Preparing for executive interviews|Growing a cross-functional network|"
             "Owning a larger budget|Relocating with a new role");
    return pick(titles);
}

QString DemoTexts::profileNotes(const Person& person) {
    static const QStringList sentences =
        list("Read the CV and the last two performance reviews before the first session.|"
             "{name} describes the current role as comfortable but no longer challenging.|"
             "The motivation is clear; the obstacles are mostly about confidence and time.|"
             "There is a tension between loyalty to the team and the wish to move on.|"
             "The manager supports the mentoring and agreed to an hour a fortnight for it.|"
             "Expect the first sessions to focus on sorting the options rather than deciding.|"
             "Previous coaching two years ago helped with presentation skills.|"
             "The company pays for six sessions; more would be private.");
    return paragraph(sentences, 3, 5, person.firstName);
}

QString DemoTexts::feeNote() {
    static const QStringList notes =
        list("Paid by the employer, invoiced monthly|Private client, per session|"
             "Package of ten sessions|Reduced rate (returner programme)|"
             "Invoiced to the HR department|Paid in two instalments");
    return pick(notes);
}

QString DemoTexts::needText() {
    static const QStringList needs =
        list("Learn to delegate without losing control of quality|Prepare a convincing case for "
             "promotion|Understand which roles fit the experience gathered so far|Build a network "
             "in the target industry|Become comfortable presenting to the board|Handle conflict "
             "within the team constructively|Negotiate salary and working conditions|Set limits on "
             "working hours|Translate technical results into business language|Decide between two "
             "job offers|Rebuild confidence after a difficult year|Give structured feedback");
    return pick(needs);
}

DemoTexts::GoalText DemoTexts::goal() {
    struct Shape {
        const char* specific;
        const char* metric;
        const char* unit;
        double baseline;
        double target;
    };
    static const Shape shapes[] = {
        {"Hold informational interviews with people in the target industry", "Interviews held",
         "interviews", 0, 6},
        {"Present the team's quarterly results to the leadership group", "Presentations given",
         "presentations", 0, 3},
        {"Delegate the weekly reporting to two team members", "Hours a week spent on reports",
         "hours", 6, 1},
        {"Apply for suitable senior positions with a tailored application", "Applications sent",
         "applications", 0, 8},
        {"Reduce evening work to a sustainable level", "Evenings a week working late", "evenings",
         4, 1},
        {"Run regular one-to-ones with every direct report", "Share of one-to-ones held", "%", 30,
         90},
        {"Grow the professional network in the new city", "New contacts met in person", "contacts",
         2, 15},
        {"Get the promotion case signed off by the manager", "Sections of the case written",
         "sections", 0, 5},
    };
    const Shape& shape = shapes[between(0, int(std::size(shapes)) - 1)];
    static const QStringList reasons =
        list("The mentee has done similar things on a smaller scale already.|The manager has "
             "offered time and support for it.|The timeline leaves room for one setback.|Two "
             "colleagues have agreed to help.|It builds on a strength named in the profile.");
    GoalText goal;
    goal.specific = QString::fromUtf8(shape.specific);
    goal.metric = QString::fromUtf8(shape.metric);
    goal.unit = QString::fromUtf8(shape.unit);
    goal.baseline = shape.baseline;
    goal.target = shape.target;
    goal.attainable = pick(reasons);
    return goal;
}

QString DemoTexts::actionText() {
    static const QStringList actions = list(
        "Draft the list of people to contact|Ask the manager for a development conversation|"
        "Rewrite the CV summary|Prepare the slides for the leadership meeting|Book a lunch with "
        "a peer from another department|Write the delegation plan for the reports|Update the "
        "LinkedIn profile|Research three companies in the target sector|Practise the salary "
        "conversation with a friend|Block two focus mornings a week|Ask for feedback after the "
        "next presentation|Read one book on the topic and share notes");
    return pick(actions);
}

QStringList DemoTexts::actionPeople() {
    static const QStringList people =
        list("manager|HR business partner|a recruiter|two peers|the team|a former colleague|"
             "the department head|a mentor in the target company");
    QStringList chosen;
    if (chance(60))
        chosen << pick(people);
    if (chance(20))
        chosen << pick(people);
    chosen.removeDuplicates();
    return chosen;
}

QString DemoTexts::progressComment() {
    static const QStringList comments =
        list("Good progress, ahead of plan.|Slower month because of a project deadline.|"
             "First real step, the mentee is proud of it.|Stalled; discussed the blockers.|"
             "Back on track after the holidays.|");
    return pick(comments);
}

QString DemoTexts::assessment() {
    static const QStringList sentences = list(
        "The goal was reached in substance even where the number fell short.|The mentee took "
        "ownership early and needed less guidance towards the end.|External changes in the "
        "company made part of the plan obsolete.|The measure turned out to be the right one "
        "and kept the conversations concrete.|Confidence grew visibly; colleagues noticed it.");
    return paragraph(sentences, 1, 3);
}

QString DemoTexts::menteeComment() {
    static const QStringList comments = list(
        "The sessions gave me structure when I needed it most.|I would have liked more time on "
        "the negotiation part.|Writing things down between sessions made the difference.|"
        "Helpful, honest and practical.|I finally know what I want next.");
    return pick(comments);
}

QString DemoTexts::adjustments() {
    static const QStringList items =
        list("Keep the monthly check-in for another quarter.|Set a new target for the next "
             "review cycle.|Move from weekly to monthly sessions.|No adjustment needed.|");
    return pick(items);
}

QString DemoTexts::closingReason() {
    static const QStringList reasons =
        list("The mentee changed employer and the new company offers its own programme.|"
             "Personal reasons; the mentee asked to pause indefinitely.|The funding from the "
             "employer ended earlier than planned.|The goals were reached sooner than expected.|"
             "Moved abroad; may resume later.");
    return pick(reasons);
}

QString DemoTexts::outcome() {
    static const QStringList outcomes =
        list("Promoted to the new role during the engagement.|Moved to the target industry "
             "with a good offer.|Goals reached; the mentee continues on their own.|Most goals "
             "reached; one was set aside by agreement.|A clear plan for the next two years.");
    return pick(outcomes);
}

} // namespace md
