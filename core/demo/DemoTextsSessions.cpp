// DemoTexts: what a mentor writes about sessions, and on invoices.
#include "demo/DemoTexts.h"

namespace md {

QString DemoTexts::agenda() {
    static const QStringList agendas =
        list("Review of the last actions; preparing the leadership meeting|Options for the "
             "next role|Feedback from the manager|Progress on the goals|Difficult "
             "conversation with a colleague|Negotiation preparation|Planning the next quarter|"
             "Check-in|Wrap-up and evaluation|");
    return pick(agendas);
}

QString DemoTexts::privateNotes(const QString& firstName) {
    static const QStringList sentences = list(
        "{name} arrived tired and took a while to settle into the conversation.|"
        "Energy was noticeably higher than last time; the new project seems to help.|"
        "When talking about the manager the tone changed; worth exploring carefully next "
        "time.|I noticed a pattern of taking responsibility for other people's mistakes.|"
        "The fear behind the hesitation seems to be about being seen as ambitious.|"
        "We spent too long on the details of one conflict; I should steer earlier.|"
        "{name} mentioned sleeping badly for several weeks. Keep an eye on it and suggest "
        "professional support if it continues.|There is more confidence in the way results "
        "are described now, with numbers and without apologising.|A possible offer from a "
        "competitor came up almost in passing; {name} has not told anyone at work.|"
        "I challenged the idea that a promotion requires working evenings; it landed, but "
        "slowly.|The family situation limits travel, which matters for two of the options.|"
        "Good humour today; we laughed about the org chart, which opened up the real topic.|"
        "I should bring the values exercise next time; decisions keep stalling on what "
        "matters most.|Notable: {name} used 'we' for the old team and 'they' for the new one.");
    return paragraph(sentences, 3, 10, firstName);
}

QString DemoTexts::shareableNotes(const QString& firstName) {
    static const QStringList sentences =
        list("We reviewed the actions from the last session: two are done, one is moving.|"
             "{name} presented the draft of the promotion case; the structure is clear and the "
             "evidence section needs two more examples.|We talked about how to prepare the "
             "conversation with the manager, including the first sentence and the one thing to "
             "ask for.|We mapped the network: who knows the target companies, who can introduce "
             "whom.|We looked at the calendar of a typical week and found four hours that can move "
             "to focused work.|The feedback from the last presentation was positive; the next "
             "step is a longer slot with the leadership group.|We practised the negotiation in a "
             "short role play and noted the arguments that felt strongest.|We agreed that the "
             "next weeks are about trying things, not about deciding.|We summarised what has "
             "changed since the start: more delegation, fewer late evenings, clearer priorities.|"
             "{name} will share the updated CV before the next session so that we can go through "
             "it together.");
    return paragraph(sentences, 2, 6, firstName);
}

QString DemoTexts::topics() {
    static const QStringList items =
        list("Delegation|Promotion case|Networking|Presentation skills|Negotiation|Time "
             "management|Feedback|Career options|Team conflict|Visibility|Work-life balance");
    QStringList chosen;
    const int count = between(1, 3);
    for (int i = 0; i < count; ++i)
        chosen << pick(items);
    chosen.removeDuplicates();
    return chosen.join(QStringLiteral(", "));
}

QString DemoTexts::agreedActions() {
    QStringList lines;
    const int count = between(1, 3);
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("- ") + actionText();
    return lines.join(QLatin1Char('\n'));
}

QString DemoTexts::nextSteps() {
    static const QStringList steps =
        list("Report back on the conversation with the manager.|Bring the updated CV.|Try the "
             "new meeting structure for two weeks.|Share the first draft of the slides.|Review "
             "the goals at the next session.|");
    return pick(steps);
}

QString DemoTexts::cancellationNote() {
    static const QStringList notes =
        list("Cancelled at short notice: illness.|Moved because of a business trip.|"
             "Cancelled: a clash with a board meeting.|No message; followed up by email.|"
             "Cancelled by me: conference travel.|");
    return pick(notes);
}

QString DemoTexts::location(bool inPerson) {
    if (inPerson) {
        static const QStringList places = list("Office, room 2|Café Lindner|The client's office|"
                                               "Co-working space, meeting room B");
        return pick(places);
    }
    return QStringLiteral("https://meet.example.net/%1-%2")
        .arg(between(100, 999))
        .arg(between(1000, 9999));
}

QString DemoTexts::invoiceNote() {
    static const QStringList notes =
        list("Thank you for your trust.|Please quote the invoice number with your payment.|"
             "As agreed with your HR department.||");
    return pick(notes);
}

} // namespace md
