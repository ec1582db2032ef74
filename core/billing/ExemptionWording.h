#pragma once

#include <QString>

namespace md {

class DocumentTranslator;

// The sentence an invoice prints when the mentor charges no VAT under their
// country's small-business rule, in the invoice's language.
//
// Where the law fixes the words (France: art. 293 B du CGI; Italy: the
// regime forfettario of Law 190/2014; Brazil: the Simples Nacional) they are
// printed as the law writes them, followed by a translation in the
// invoice's language when it is another. Where the law asks only that the
// rule be named (Germany's § 19 UStG, Austria's § 6 UStG), the sentence is in
// the invoice's language, naming the rule. Any other country gets the plain
// sentence of the catalogue ("No VAT is charged: small business exemption.").
namespace ExemptionWording {

// `country` is an ISO 3166 code ("DE"; case does not matter; empty = none).
QString text(const QString& country, const DocumentTranslator& document);

// Whether MentorDesk knows the legal wording of `country`'s exemption.
bool knowsCountry(const QString& country);

} // namespace ExemptionWording

// The mentor's country as invoices need it: `chosen` (the profile's country)
// when set, else the country code at the start of the IBAN, else of a VAT
// number ("DE123456789"); empty when none says.
QString businessCountry(const QString& chosen, const QString& iban, const QString& taxId);

} // namespace md
