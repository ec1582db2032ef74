#!/usr/bin/env bash
# Fills a new workspace with made-up clients, engagements, sessions and
# invoices, through mentordesk-cli, so the app can be tried (and screenshots
# taken) without typing a practice in by hand. Every name here is invented.
#
#   scripts/demo-workspace.sh CLI DIR [PASSPHRASE]
#
# CLI is the mentordesk-cli binary, DIR a folder that does not exist yet.
# The passphrase defaults to "demo passphrase"; the recovery key is printed.
set -euo pipefail

cli=${1:?usage: demo-workspace.sh CLI DIR [PASSPHRASE]}
dir=${2:?usage: demo-workspace.sh CLI DIR [PASSPHRASE]}
passphrase=${3:-demo passphrase}
[ ! -e "$dir" ] || { echo "demo-workspace: $dir exists; choose a new folder" >&2; exit 1; }

md() { printf '%s\n' "$passphrase" | "$cli" --workspace "$dir" "$@"; }

printf '%s\n%s\n' "$passphrase" "$passphrase" | "$cli" --workspace "$dir" init

md settings set profile.name "Elena Rivera" >/dev/null
md settings set profile.business_name "Rivera Mentoring" >/dev/null
md settings set profile.email "elena@rivera-mentoring.example" >/dev/null
md settings set billing.tax.standard_rate 19 >/dev/null
md settings set profile.address "12 Harbour Lane\\n20095 Hamburg" >/dev/null

today=$(date +%F)
monday=$(date -d "monday -7 days" +%F)

add_client() { md client add "$@"; }
amara=$(add_client --name "Amara Okafor" --preferred-name Amara --email amara.okafor@example.org \
    --organisation "Northwind Logistics" --role "Senior data analyst" --status active \
    --timezone Europe/Berlin --tags "leadership,analytics" \
    --aspirations "Lead an analytics team within two years" \
    --strengths "Structured thinking, calm under pressure" --weaknesses "Avoids conflict")
jonas=$(add_client --name "Jonas Weber" --email jonas.weber@example.org --organisation "Weber & Kim" \
    --role "Junior architect" --status active --timezone Europe/Berlin \
    --aspirations "Move from drafting into client-facing design")
lea=$(add_client --name "Léa Martin" --email lea.martin@example.org --organisation "Atelier Nord" \
    --role "Product designer" --status active --timezone Europe/Paris \
    --aspirations "Prepare for a design lead role")
sofia=$(add_client --name "Sofia Lindqvist" --email sofia@example.org --role "Nurse practitioner" \
    --status prospect --timezone Europe/Stockholm --source "Referral from a former mentee")
ravi=$(add_client --name "Ravi Sharma" --email ravi.sharma@example.org --organisation "Brightline Energy" \
    --role "Project engineer" --status paused --timezone Asia/Kolkata)
add_client --name "Hannah Becker" --email h.becker@example.org --role "Teacher" \
    --status former --aspirations "Change careers into learning design" >/dev/null

engagement() { md engagement add "$@"; }
e1=$(engagement --client "$amara" --title "Stepping into team leadership" --sessions 8 \
    --cadence biweekly --format video --start "$(date -d '-40 days' +%F)" \
    --notes "Strong analyst; wants to lead. Explore delegation and difficult conversations." \
    --fee-note "Package of 8 sessions")
e2=$(engagement --client "$jonas" --title "From drafting to client work" --sessions 6 \
    --cadence weekly --format in_person --notes "Needs visibility with clients." \
    --fee-note "Pay as you go")
e3=$(engagement --client "$lea" --title "Design lead readiness" --sessions 10 --cadence monthly \
    --format mixed --notes "Portfolio review first; then leadership behaviours." \
    --fee-note "Monthly invoice")
engagement --client "$sofia" --title "First conversation" --format phone >/dev/null
engagement --client "$ravi" --title "Career direction" --sessions 4 --format video \
    --notes "Paused at his request until spring." >/dev/null

# Agreements signed on paper (the generated PDF stands in for the scan),
# which opens the stage-1 gate.
sign() {
    local agreement scan
    agreement=$(md agreement create --engagement "$@")
    scan=$(mktemp --suffix=.pdf)
    md agreement pdf "$agreement" "$scan" >/dev/null
    md agreement sign "$agreement" --on-paper "$scan" >/dev/null
    rm -f "$scan"
}
sign "$e1" --end-date "$(date -d '+20 days' +%F)"   # shows under "ending soon"
sign "$e3"

# Move two engagements along. The CLI does not record needs and goals, so
# the needs gate is overridden with a reason (recorded in the timeline).
md engagement advance "$e1" >/dev/null
md engagement advance "$e1" --override "Needs agreed in the first two sessions (demo)" >/dev/null
md engagement advance "$e3" >/dev/null

# Sessions this week and next, and a held one last week.
md session add --engagement "$e1" --start "${monday}T10:00" --duration 60 \
    --agenda "Delegation: what to hand over first" >/dev/null
md session add --engagement "$e1" --start "$(date -d "$monday +14 days" +%F)T10:00" --duration 60 \
    --repeat biweekly --count 4 --agenda "Leadership practice" >/dev/null
md session add --engagement "$e2" --start "$(date -d "$monday +8 days" +%F)T14:00" --duration 45 \
    --repeat weekly --count 5 --agenda "Client presentation rehearsal" >/dev/null
md session add --engagement "$e3" --start "$(date -d "$monday +10 days" +%F)T09:30" --duration 90 \
    --agenda "Portfolio review" >/dev/null

# Invoices: one paid, one partly paid, one draft.
i1=$(md invoice create --client "$amara" --line "Mentoring sessions (package of 4);4;150;19")
md invoice issue "$i1" >/dev/null
md payment add --invoice "$i1" --amount 714.00 --date "$today" --method bank-transfer >/dev/null
i2=$(md invoice create --client "$jonas" --line "Mentoring session;2;120;19")
md invoice issue "$i2" >/dev/null
md payment add --invoice "$i2" --amount 100.00 --date "$today" --method bank-transfer >/dev/null
md invoice create --client "$lea" --line "Portfolio review;1;180;19" >/dev/null

echo "demo-workspace: $dir is ready (passphrase: \"$passphrase\")" >&2
