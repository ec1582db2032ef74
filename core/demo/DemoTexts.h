#pragma once

#include <QString>
#include <QStringList>

#include <random>

namespace md {

// The invented vocabulary of the demo generator: people, organisations and
// the texts a mentor writes (profiles, needs, goals, session notes). Every
// choice comes from the generator's std::mt19937, so one seed always gives
// the same words. None of it is user interface text: it is sample data, like
// what a mentor would type, and is not translated.
class DemoTexts final {
public:
    explicit DemoTexts(std::mt19937& random)
        : m_random(random) {}

    // A uniform integer in [low, high].
    int between(int low, int high);
    // True with probability `percent` / 100.
    bool chance(int percent);
    // One entry of a list.
    QString pick(const QStringList& list);

    struct Person {
        QString fullName;
        QString preferredName; // often empty: the full name is used
        QString firstName;
        QString email;
        QString phone;
        QString timeZone; // IANA id, or empty for the mentor's own
    };
    Person person();
    QString organisation();
    QString role();
    QString referral();
    QStringList tags();
    // Profile paragraphs.
    QString background(const Person& person, const QString& role, const QString& organisation);
    QString strengths();
    QString weaknesses();
    QString aspirations(const Person& person);
    QString keepDoing();
    QString startDoing();
    QString stopDoing();

    // Engagement texts.
    QString engagementTitle();
    QString profileNotes(const Person& person);
    QString feeNote();
    QString needText();
    struct GoalText {
        QString specific;
        QString metric;
        QString unit;
        double baseline = 0;
        double target = 0;
        QString attainable;
    };
    GoalText goal();
    QString actionText();
    QStringList actionPeople();
    QString progressComment();
    QString assessment();
    QString menteeComment();
    QString adjustments();
    QString closingReason();
    QString outcome();

    // Session texts. Notes run from a few hundred to about 1,500 characters.
    QString agenda();
    QString privateNotes(const QString& firstName);
    QString shareableNotes(const QString& firstName);
    QString topics();
    QString agreedActions();
    QString nextSteps();
    QString cancellationNote();
    QString location(bool inPerson);

    // Invoice texts.
    QString invoiceNote();

    // The entries of a '|'-separated literal (how the vocabulary is written).
    static QStringList list(const char* joined);

private:
    QString paragraph(const QStringList& sentences, int minCount, int maxCount,
                      const QString& firstName = {});

    std::mt19937& m_random;
};

} // namespace md
