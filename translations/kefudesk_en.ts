<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kefu</name>
    <message>
        <source>The demo data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing reply scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::AuditLogModel</name>
    <message>
        <source>In the store&apos;s time zone, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::CsvWriter</name>
    <message>
        <source>no file is open for writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::DemoGenerator</name>
    <message>
        <source>The number of days must be between 1 and 730 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of agents must be between 4 and 300 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak multiplier must be between 1 and 10 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak day %1 is outside the generated range %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already holds agents, conversations, complaints or scripts; demo data can only fill an empty store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::Permissions</name>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the store settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change targets and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create and edit reply scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review and publish reply scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move complaints through their states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit QA forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see every agent&apos;s scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::Rating</name>
    <message>
        <source>On target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ServiceMetrics</name>
    <message>
        <source>the interval must be 15, 30 or 60 minutes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::Session</name>
    <message>
        <source>Permission denied: %1 (%2) may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::Store</name>
    <message>
        <source>No store file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store %1: the folder %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read (permission denied or locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a KefuDesk store: it is not an SQLite database. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is an empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a KefuDesk store. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer KefuDesk (schema version %2; this version knows up to %3). Update KefuDesk to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be brought to schema version %2: %3. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store %1: the file or its folder %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 lies in a folder you cannot write (%2), and its file %3 holds changes that SQLite can only read where it may write the folder. Open it from a folder you can write (ask for write permission), or ask someone who can to make a copy with `kefudesk backup`. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged and cannot be read. The file was left unchanged; restore it from a backup (`kefudesk check` lists what is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read here: SQLite must write beside it, in %2, to read it, and may not. Open it from a folder you can write. The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2 The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by an older KefuDesk (schema version %2) and must be brought to version %3 once, which needs write access; it is read-only for you (%4). The file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged, so KefuDesk changes nothing in it. Stop entering data and restore it from your latest backup; `kefudesk check` lists what is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is open for reading only, so nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only: you may not write the file, so it is open for reading only and nothing can be changed. Ask for write permission to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only: its folder %2 cannot be written (SQLite keeps its journal beside the store), so it is open for reading only and nothing can be changed. Copy it to a folder you can write (`kefudesk backup`), or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::StoreSettings</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short abandon under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer within (chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer within (phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer within (social)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer within (email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsiveness: answered within threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling: average handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: first-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction: mean CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: QA score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline: schedule adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy, lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy, upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data feed stale after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1: acknowledge within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2: acknowledge within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3: acknowledge within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1: resolve within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2: resolve within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3: resolve within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval must be 15, 30 or 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats an agent holds at once (chat, social)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::UserDirectory</name>
    <message>
        <source>The first user of a store must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must be 1 to 64 characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be given another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::Vocabulary</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment/coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::app</name>
    <message>
        <source>Usage: kefudesk [options] [COMMAND] [command options]

KefuDesk (客服主管工作台), the supervisor workstation for e-commerce customer service.
Without a command it opens the window; with one it works without a window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options for every command:
  --store PATH          the store: a SQLite file (default: %1)
  --timezone IANA_NAME  use this time zone instead of the store&apos;s
  --shared              shared mode, for several desktops on one file
  --user NAME           sign in as this user (stores with users)
  -h, --help            this help; `kefudesk COMMAND --help` for a command
  -v, --version         the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;kefudesk %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone: %1 is not a known IANA time zone (e.g. Asia/Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of history, ending today (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of agents (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: the same seed and dates give the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promotion day at 4.2× normal volume (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s &apos;now&apos; (YYYY-MM-DDTHH:MM:SS, store time; default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: %1 is not a whole number from 1 to 730</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agents: %1 is not a whole number from 4 to 300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: %1 is not a non-negative whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--peak-day: %1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of: %1 is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 already holds data; demo data goes into a new store (choose another file with --store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the faster quick_check instead of integrity_check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 has problems (see above); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write the copy to (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size: %1 is not WIDTHxHEIGHT (e.g. 1280x800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: %1 is not zh_CN or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 has users: sign in with --user NAME (the password is read from the terminal, or from KEFUDESK_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new password given (type it, or set KEFUDESK_NEW_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, disable, enable, passwd or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user (not for list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent id (工号) of a user with role agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: user %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kefudesk: unknown command &apos;%1&apos;. Try &apos;kefudesk --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: a SQLite file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this IANA time zone (e.g. Asia/Shanghai) instead of the store&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SQLite file in shared mode, for several desktops on one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user (stores with users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: %1 is not csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write to the standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period, included (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service: only chat, phone, email or social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents: only this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--team applies to report agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are required (YYYY-MM-DD, both days included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: %1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by: %1 is not day, interval or hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 was written by an older KefuDesk; open it once in the window (or with a command that writes) to upgrade it, then report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts arriving in the interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the interval in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-level target in percent (e.g. 80), below 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer within this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest occupancy in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage in percent: time paid but not available (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts an agent handles at once, for chat (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents needed for one interval, by Erlang C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above 0 and at most 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 0 to below 100 (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above 0 and at most 100 (percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is not a number %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number of agents reaches this target; check the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s encoding: UTF-8, UTF-16 or GB18030 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abort (default): import nothing when a row is bad; skip: import the good rows and write the bad ones with their reasons to FILE.rejects.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, TSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the kind and the file, e.g. kefudesk import conversations history.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a kind of file; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-error: %1 is not abort or skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx writes an Excel workbook, which needs a file: add --out FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: waiting %2, agents signed in %3 (%4 on a break, in training or a meeting); so far %5 arrived, %6 answered, %7 abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated seconds per wall-clock second, from 0.1 to 3600 (default 1: real time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal: the store&apos;s usual arrivals (default); peak: 4.2× as many with the same staffing, like a promotion day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: the same seed and the same store give the same feed (default 618).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many simulated seconds (default: run until stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed: %1 is not a number from 0.1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile: %1 is not normal or peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for: %1 is not a whole number of seconds from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another kefudesk simulate (process %1 on %2) is playing a feed into %3; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the last feed stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the latest activity in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: the store has no activity yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating a live feed into %1 from %2 (%3), speed %4×, profile %5, seed %6. Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals: %1. Taken over: %2 waiting, %3 in progress, %4 of %5 agents signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mean of the store&apos;s last 28 days by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a built-in day curve (the store has too little history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 failed writes in a row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped as of %1 after %2 of simulated time. Contacts arrived %3, answered %4, abandoned %5; waiting now %6; agents signed in %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: %1 is not csv, json, xlsx or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the xlsx and pdf texts: zh_CN or en (default: the language chosen in the window, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf writes a PDF document, which needs a file: add --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 agents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments; name the store with --store PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the store %1 (schema version %2, no users: a single-user store until `kefudesk user add NAME --role admin`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pane: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pane %1 is not available in this version; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin, lead, qa, trainer or agent (or the name the window shows, e.g. 班组长).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: %1 is not admin, lead, qa, trainer or agent (or 管理员, 班组长, 质检, 培训师, 坐席)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kefudesk: warning: the store %1 has no users yet; --user %2 is ignored and the change is recorded for the single user of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1; the export is recorded in the audit log (data.export, by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel: %1 is not chat, phone, email or social (or 在线, 电话, 邮件, 社交媒体)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 looks like a fraction; give percent, e.g. %3 (or %2% if you mean %2 percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--team: the store has no team %1; its teams: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store %1 (seed %2, %3 days, %4 agents, peak day %5) written in %6:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command changes the store. The commands that only read work: check, backup, and reports to standard output (a report written with --out is recorded in the store&apos;s audit log, which is a change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents (scorecards), service (service level) or complaints (the complaint loop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service: one row per day, interval (the store&apos;s 15, 30 or 60 minutes) or hour, and channel (default day). complaints: one row per category, root_cause, owner or team (the team of the agent the complaint is about); default one row, all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-level report, agent scorecards and the complaint report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which report: agents, service or complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a report: agents, service or complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by applies to report service and report complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel applies to report service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by: %1 is not category, root_cause, owner or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this in the pane first: complaints: a case id, or charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, json, xlsx or pdf. xlsx: an Excel workbook (agents: one sheet per view: scorecards, components, weekly trends, definitions); pdf (agents and complaints): a printable A4 report; agents: a team summary page and one page per agent with charts; complaints: a summary page with the figures and charts, the table by --by, then the overdue cases. Both need --out. Default: from the --out file&apos;s extension (.xlsx, .pdf), csv otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf is written for report agents and report complaints; use csv, json or xlsx here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages; %3 overdue cases).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::app::CommandLine</name>
    <message>
        <source>Fill a new, empty store with deterministic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the store&apos;s integrity and schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent online copy of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window or a pane offscreen to a PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang C staffing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a live contact feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users (admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV or XLSX file. KIND: agents, conversations, agent_states, shifts, qa_reviews, complaints, complaint_events, scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty store (the schema, no users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard and service-level reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::audit</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::complaints::CaseDetail</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::complaints::CaseListModel</name>
    <message>
        <source>%1 % or more of the time to acknowledge or resolve is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed or rejected: no clock runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the time to acknowledge or resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolve clock is paused while the customer decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · L%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::complaints::CaseRules</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event kind (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case state (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is %1 at this time, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case cannot go from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledging needs an owner first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proposal needs a root cause first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proposal needs a resolution type first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 needs an amount first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing needs the customer&apos;s feedback first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing as unreachable needs at least two contact attempts (%1 recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing with an unsatisfied customer needs escalation level 2 or a supervisor&apos;s override note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejecting needs a reason in the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new owner is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s owner at this time is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an escalation level (1, 2 or 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is already at level %1; escalating must raise it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a case (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a root cause (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resolution type (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer feedback (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority (P1, P2, P3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is at level %1 at this time, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case&apos;s %1 at this time is &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::complaints::ComplaintCharts</name>
    <message>
        <source>(no root cause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ 7 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::complaints::ComplaintService</name>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for the customer&apos;s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a contact attempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint needs a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority (P1, P2, P3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 was changed by %2 at %3; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case that is %1 cannot be given &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing with an unsatisfied customer below escalation level 2 needs a team lead&apos;s override note; escalate the case or ask a team lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 is not about you: an agent works only on the complaints about them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::demo</name>
    <message>
        <source>The demo password could not be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::demo::DemoFloor</name>
    <message>
        <source>The demo data needs an open SQLite store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating the contact floor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::format</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::importing::Importer</name>
    <message>
        <source>required, but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; the first row must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the header lacks required columns: %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: a column is named twice: %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing needs a SQLite store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be written now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rejected rows cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 fields but the header names %2; the extra values would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the store refused the import: %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the import: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows are bad, so nothing was imported. Correct them, or import again choosing to import the good rows (--on-error skip) and write the bad ones to %1.</source>
        <translation>
            <numerusform>%n row is bad, so nothing was imported. Correct it, or import again choosing to import the good rows (--on-error skip) and write the bad one to %1.</numerusform>
            <numerusform>%n rows are bad, so nothing was imported. Correct them, or import again choosing to import the good rows (--on-error skip) and write the bad ones to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store refused the row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered before it arrived (arrived_at is later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended before it was answered (answered_at is later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended before it arrived (arrived_at is later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned before it arrived (arrived_at is later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answered conversation needs the answering agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps the agent&apos;s state that starts at %1 and has no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps the agent&apos;s state from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps the agent&apos;s next state, which starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shift must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by an import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no complaint %1; import the complaints first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the complaint was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n rows (%1, %2).</source>
        <translation>
            <numerusform>Read %n row (%1, %2).</numerusform>
            <numerusform>Read %n rows (%1, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted %1, updated %2, unchanged %3, rejected %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n agents that the file named but the store did not have (their id is their name).</source>
        <translation>
            <numerusform>Created %n agent that the file named but the store did not have (its id is its name).</numerusform>
            <numerusform>Created %n agents that the file named but the store did not have (their id is their name).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 appears again: its first row is line %2; each id may appear once in a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::importing::ValueParser</name>
    <message>
        <source>&quot;%1&quot; is not a time; write YYYY-MM-DD HH:MM:SS, YYYY/MM/DD HH:MM:SS or ISO 8601 (2026-11-20T09:05:00+08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a date but no time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no; write 1/0, yes/no or 是/否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::io</name>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows to export could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: unknown encoding &quot;%1&quot; (use UTF-8, UTF-16, UTF-16LE, UTF-16BE or GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the separator cannot be a quote, a line break or a non-ASCII byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: this build of KefuDesk cannot decode GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: record longer than 16 MiB (unclosed quote?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: quoted field opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: record has more than %2 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: an Excel 97-2003 (.xls) or password-protected workbook; save it as .xlsx without a password, or as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: cannot open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an XLSX workbook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an XLSX workbook (it has no %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook&apos;s first sheet (%1) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the file looks like UTF-16 without a byte-order mark; save it as UTF-8 (or give its encoding: --encoding UTF-16LE or UTF-16BE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence; if the file was saved as GBK/GB18030, choose the encoding GB18030 (--encoding GB18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-16 text (an unpaired surrogate or a missing byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid GB18030 byte sequence; the file is neither UTF-8 nor GB18030; choose its encoding (--encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid GB18030 byte sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::io::TableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was opened already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV file holds one table; export %1 to XLSX or to a file of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheet was started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::io::XlsxWriter</name>
    <message>
        <source>the workbook could not be started (out of memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sheet holds at most %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet %1 could not be added (no room for its temporary file in %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheet was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet %1 would have more than Excel&apos;s %2 rows; export to CSV instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::live::AgentsModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a break longer than the alert&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT today over the target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::live::AlertsModel</name>
    <message>
        <source>%1: service level of this interval %2, target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a contact has waited %2 (threshold %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on a break for %2 (threshold %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data feed (%1) has sent nothing for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared, not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open and not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::live::DrillDownModel</name>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::live::FeedSimulator</name>
    <message>
        <source>the simulator has begun already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulator has not begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start writing to the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the feed to the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::live::FeedSimulator::Private</name>
    <message>
        <source>the store has no agents: run `kefudesk demo` or import agents first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has no active agents: import agents or mark some active first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not an open SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::live::Forecast</name>
    <message>
        <source>The forecast multiplier must be above 0 and at most 20 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forecast needs a valid day and an interval that divides the day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::live::QueueRatings</name>
    <message>
        <source>within the %1 threshold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the %1 threshold of %2; the wait alert comes at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the wait alert&apos;s %3 (the %1 threshold is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the %1 threshold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or above the target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the target of %1 by 10 points or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 10 points under the target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the %1 threshold of %2, at most twice it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than twice the %1 threshold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts are waiting and no agent is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the target range of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the target range of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the target range of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::live::WaitingModel</name>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1, arrived %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP (bold): served first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::maintenance</name>
    <message>
        <source>integrity: the check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: ok (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key: table %1 row %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign keys: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign key: %1 violations in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: version %1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: version %1; it is upgraded to %2 when opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: version %1 is newer than this KefuDesk knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store: %1, %2 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store connection is not an SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: the check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: %1 %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: %1 %2 is not the one KefuDesk made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: %1 %2 was not made by KefuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: %1 tables, indexes, triggers and views as KefuDesk made them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::password</name>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password repeats too few different characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::qa::QaForms</name>
    <message>
        <source>There is no QA form version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no QA form %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a form can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has no items: add a section and at least one item to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of section %1 can have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the section &quot;%1&quot; must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has no items: add one or remove the section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of the section &quot;%2&quot; needs a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of &quot;%1…&quot; can have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of the item &quot;%1&quot; must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item counts towards the score: every item or its section has the weight 0. Give at least one item and its section a weight above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a QA form named &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved version %2 of &quot;%3&quot; meanwhile. Revert to see it, then make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::qa::QaReviews</name>
    <message>
        <source>Choose the agent to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the conversation or the complaint that the review is about (at least one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation %1 was not answered by an agent: there is nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation %1 was handled by %2, not by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form &quot;%1&quot; is retired: enter reviews with an active form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no QA review %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may see your own QA reviews only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item is answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed at (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint %1 concerns %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::qa::ReviewListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1; a failed critical item counts as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the score of this review is known: its answers were not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported without a form: only the score is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the store&apos;s time zone, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100, as the agent metrics count it: a review with a failed critical item counts as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation / complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::qa::ReviewScorer</name>
    <message>
        <source>Item %1 is answered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a value of its scale (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer names an item that is not on this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answered item carries weight: the review has no score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::scorecards::AgentProfile</name>
    <message>
        <source>no agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::scorecards::ScorecardBook</name>
    <message>
        <source>no period from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or better than the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 10 % of the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 10 % off the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composite from 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composite from 80, under 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composite under 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy within its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy under its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy over its range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::scorecards::ScorecardModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occ. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution (resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean customer rating, 1 to 5 (satisfaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of ratings of 4 or 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy: (busy + wrap-up) of (available + busy + wrap-up) time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence: scheduled time spent available, busy, in wrap-up, training or meetings (discipline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean QA review score; an auto-failed review counts 0 (quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mean of the six component scores against their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: target %2, score %3 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: target %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the weighted mean of the component scores (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <comment>compact column header: rank</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time %</source>
        <comment>compact column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA RT</source>
        <comment>compact column header: real-time ASA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 RT</source>
        <comment>compact column header: real-time P90 wait</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>compact column header: e-mail reply time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>compact column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR %</source>
        <comment>compact column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adh. %</source>
        <comment>compact column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in time: within the threshold of each contact&apos;s own channel, of the contacts handled (responsiveness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time ASA: average speed of answer of the chat, phone and social contacts (e-mail apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time P90: 90th percentile of the wait of the answered chat, phone and social contacts, nearest rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail reply time: mean wait of the answered e-mails until the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time: talk plus wrap-up (handling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank: 1 = best composite; ties by agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: name and ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled: contacts the agent answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::scorecards::ScorecardReport</name>
    <message>
        <source>Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response within target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT top-2 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time ASA (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time 90th percentile wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail reply time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asa_s: mean wait of all answered contacts, e-mail included (metrics.md); e-mail&apos;s waits of hours swamp it, so the window and the PDF show the real-time ASA and the e-mail reply time instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90_wait_s: nearest-rank 90th percentile of the wait of all answered contacts, e-mail included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asa_realtime_s: mean wait of the answered chat, phone and social contacts (a KefuDesk column after the spec&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90_realtime_s: nearest-rank 90th percentile of the same waits: the value at position ⌈0.9·n⌉ in ascending order (a KefuDesk column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email_reply_s: mean wait of the answered e-mails, from arrival to the reply (a KefuDesk column)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::scorecards::ScorecardXlsx</name>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local days of the store&apos;s time zone, both included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ(weight × score) / Σ(weight) over the components whose metric is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100 against the target: higher is better min(100, 100 × value / target); lower is better min(100, 100 × target / value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response threshold — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds: answered within it counts as on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green: on target; amber: within 10 % of the target; red: further (composite: green from 90, amber from 80)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::sql</name>
    <message>
        <source>The store file is damaged: part of it cannot be read. Stop entering data, keep the file as it is, and restore the store from your latest backup; `kefudesk check` lists what is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open for reading only, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is busy: another desktop or program kept it locked for longer than 30 seconds. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the store is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file could not be read or written (a disk or network error). Check the disk or the network share, then run `kefudesk check`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file cannot be opened: it is missing, you may not read it, or its folder cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused access to the store file (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory for this; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::sql::SqliteStatement</name>
    <message>
        <source>the connection is not a SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for signing in, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent&apos;s id in the contact data, e.g. A0012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent sees their own scorecard only: the one of this agent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::AgentDetail</name>
    <message>
        <source>Responsiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly trend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adherence (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component scores against the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviews (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact / case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agent in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1, composite %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-fail: a critical item failed, so the review counts 0 (recorded score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in time %1 · real-time ASA %2, P90 %3 · e-mail reply time %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time: within the threshold of each contact&apos;s own channel. Real-time: chat, phone and social. E-mail is apart: its waits of hours would swamp the real-time figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both days included, counted in the store&apos;s time zone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1* (all of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown; more load as you scroll.</source>
        <translation>
            <numerusform>The newest %n entry is shown; more load as you scroll.</numerusform>
            <numerusform>The newest %n entries are shown; more load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filters.</source>
        <translation>
            <numerusform>%n entry matches the filters.</numerusform>
            <numerusform>%n entries match the filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entry written to %1.</numerusform>
            <numerusform>%n entries written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write every entry that matches the filters to a CSV file or an Excel workbook; the export is recorded in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::CaseActionDialog</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 1 · front line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2 · senior / QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3 · manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case to the person who will see it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case to another owner. %1 owns it now; the change counts as a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who takes the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: why the case changes hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the case: it needs an owner, and the customer should hear that the complaint was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the offer: the case goes back to investigating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: why the offer is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer refused the offer: the case goes back to investigating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: what the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start establishing the cause; ask other departments where needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause found and the resolution offered to the customer. A refund, a coupon or a compensation needs its amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: what was agreed, who was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to accept it. While the case waits for the customer, its resolve clock stands still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: how the customer was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record an attempt to reach the customer, answered or not (%n attempt(s) so far). Closing a case as unreachable needs at least two.</source>
        <translation>
            <numerusform>Record an attempt to reach the customer, answered or not (%n attempt so far). Closing a case as unreachable needs at least two.</numerusform>
            <numerusform>Record an attempt to reach the customer, answered or not (%n attempts so far). Closing a case as unreachable needs at least two.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. no answer, phone switched off, reached and told the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note in the case&apos;s history; it cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case with the customer&apos;s feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the case as an invalid complaint. The reason stays in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the complaint is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case goes back to investigating and counts as reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the case is reopened, e.g. the customer called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the case to a higher level; the owner may change with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: %1 keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: why the case is escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact attempt(s) recorded; closing as unreachable needs at least two.</source>
        <translation>
            <numerusform>%n contact attempt recorded; closing as unreachable needs at least two.</numerusform>
            <numerusform>%n contact attempts recorded; closing as unreachable needs at least two.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is at level %1. Closing with an unsatisfied customer below level 2 needs a supervisor&apos;s override note, and only a team lead or an administrator may give one. Otherwise escalate the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the case may close without escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns the case already: name another owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the owner who takes the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the root cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resolution type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount: a refund, a coupon or a compensation needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not a number: write it like 120.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened when the customer was called or written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer&apos;s feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record at least two contact attempts before closing as unreachable (%n so far).</source>
        <translation>
            <numerusform>Record at least two contact attempts before closing as unreachable (%n so far).</numerusform>
            <numerusform>Record at least two contact attempts before closing as unreachable (%n so far).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the override note, or escalate the case to level 2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason the complaint is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is at the highest level already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 120.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a refund, coupon or compensation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::CaseDetailView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s other cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case in the list to see its timeline and act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reopened %n time(s)</source>
        <translation>
            <numerusform>reopened %n time</numerusform>
            <numerusform>reopened %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Alt+Shift+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejected case has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may read this case but not act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was opened from this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s other cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ComplaintChartsView</name>
    <message>
        <source>%1 cases opened in the period: %2 closed, %3 rejected, %4 open. Acknowledged in time %5, resolved in time %6, median %7 h to close, satisfied %8. Click a bar to list its cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list its cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by category (Pareto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cases by root cause (Pareto; %n without one yet)</source>
        <translation>
            <numerusform>Cases by root cause (Pareto; %n without one yet)</numerusform>
            <numerusform>Cases by root cause (Pareto; %n without one yet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from opening to closing (closed cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA met per week (cases opened in the week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ComplaintExport</name>
    <message>
        <source>no period from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ComplaintPdf</name>
    <message>
        <source>KefuDesk · complaints report · %1 · generated %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases created %1 · generated %2 · time zone %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases created in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases created in the period, with their outcomes as of %1. Acknowledged on time: of the acknowledged cases, the share acknowledged by their due; resolved on time: of the closed cases, the share closed by their due (moved out by the time the customer took to decide); reopened and satisfied: of the closed cases; hours to close: from creation to the last closing; transfers: per opened case. &quot;%2&quot;: no case to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures by %1 follow on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases without a root cause yet are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases (left axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative share (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % of the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rest, summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from creation to closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed cases in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case acknowledged or closed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases past their due at %1, whatever their creation date, most overdue first. Due: the time to acknowledge for a case not yet acknowledged, else the time to resolve (moved out by the time the customer took to decide). %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases at %1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · L%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints report %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ComplaintsPane</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a complaint by hand (Ctrl+N). From a conversation: Open a complaint… in the queue monitor&apos;s contact lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may read complaints but not record them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint report of this period (the same as `kefudesk report complaints`): CSV, XLSX, or a PDF with the charts and the overdue cases. Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA &amp;hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the hours allowed to acknowledge and resolve per priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the hours allowed to acknowledge and resolve (team leads and administrators change them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark these notices as seen (Ctrl+K); a case that becomes overdue later raises a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All root causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team of the agent the complaint is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search summary, description, customer, order or case (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every case again, not only the chart&apos;s bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 h after opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h or more after opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases shown; scroll for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>%n case.</numerusform>
            <numerusform>%n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per state with the filters other than the state: %1 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue and %2 near-due cases need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>(seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the complaint report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF document (*.pdf);;CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts per state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases shown; scroll for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KefuDesk complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is overdue: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is near due: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new notices; the first: %1</source>
        <translation>
            <numerusform>%n new notice; the first: %1</numerusform>
            <numerusform>%n new notices; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The notices could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::DrillDownDialog</name>
    <message>
        <source>Reading the contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n contacts (there are more).</source>
        <translation>
            <numerusform>The first contact (there are more).</numerusform>
            <numerusform>The first %n contacts (there are more).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts.</source>
        <translation>
            <numerusform>%n contact.</numerusform>
            <numerusform>%n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a &amp;complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a complaint case from the selected contact (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one contact to open a complaint from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 opened from contact %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::FirstAdminDialog</name>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who administers this store?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator adds the other users and decides what each may do. Once there is an administrator, everyone signs in and every change is recorded under a name.&lt;br&gt;&lt;br&gt;Without one, the store stays single-user: anyone who opens the file may do everything. You can add an administrator later under Tools → Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for signing in, e.g. wangfang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as colleagues see it, e.g. Wang Fang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep single-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has users already: sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::FirstStartDialog</name>
    <message>
        <source>Welcome to KefuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KefuDesk keeps its data in a store: one file with your team&apos;s contacts, complaints, scripts and shifts. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A realistic team with 90 days of history and a promotion peak day, so that every pane has something to show. Best for a first look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from scratch and import the exports of your contact platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store file made earlier on this computer or shared by your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::Gui</name>
    <message>
        <source>KefuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 does not exist yet. Create a new, empty store there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a screenshot needs a QApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pane %1 is not available in this version; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pane %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pane %1 did not finish loading its data in %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ImportPreviewPage</name>
    <message>
        <source>Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s columns are read, and its first rows. Nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 · Encoding: %2 · Separator: tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 · Encoding: %2 · Separator: comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 (first sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lacks required columns: %1. Add them to its first row (in English or Chinese) and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of this kind is called “%1”: the column is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s column “%1” fills %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows (numbered by their line in the file):</source>
        <translation>
            <numerusform>The first %n row (numbered by its line in the file):</numerusform>
            <numerusform>The first %n rows (numbered by their line in the file):</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored: %1. No column of this kind has these names; they are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read, checked and written in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the file; the store stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is kept until the whole file has been read and checked: stopping, or a crash, leaves the store as it was before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the import; the store is being left as it was…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ImportSourcePage</name>
    <message>
        <source>Choose what to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file of one kind. Headers may be in English or Chinese; the order of the columns does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV, TSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (with a byte order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 / GBK (Excel on Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the text of a CSV file is encoded. Automatic recognises UTF-8, UTF-16 with a byte order mark and GB18030. XLSX files need no choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When some rows are bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import n&amp;othing (abort) and list the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must name these columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;good rows and write the bad ones, with their reasons, to a .rejects.csv file beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;good rows and write the bad ones, with their reasons, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did, and every problem with its line in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows and their reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every listed problem as FILE:LINE: column: reason, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was stopped. Nothing was written to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported. Nothing was written to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported, except %n bad rows.</source>
        <translation>
            <numerusform>%1 was imported, except %n bad row.</numerusform>
            <numerusform>%1 was imported, except %n bad rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows are bad, so nothing was imported. Correct them and import the file again; or choose “Import another file…”, then “Import the good rows…” to import the others and write the bad ones to %1.</source>
        <translation>
            <numerusform>%n row is bad, so nothing was imported. Correct it and import the file again; or choose “Import another file…”, then “Import the good rows…” to import the others and write the bad one to %1.</numerusform>
            <numerusform>%n rows are bad, so nothing was imported. Correct them and import the file again; or choose “Import another file…”, then “Import the good rows…” to import the others and write the bad ones to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns (no column of this kind has their names): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more, not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is still running. Stop it and close? Nothing of this file will be written to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::IntradayChart</name>
    <message>
        <source>Contacts per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (Erlang C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an interval to list its contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::MainWindow</name>
    <message>
        <source>KefuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;demo store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new store filled with a realistic demo team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets, thresholds, weights and the time zone of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About KefuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KefuDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days, intervals and shifts of this store are counted in this time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KefuDesk found problems in the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop entering data in this store and restore it from your latest backup. Keep the damaged file (and any -journal or -wal file beside it) until the restored store has been checked: it may still be needed for recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About KefuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;KefuDesk %1&lt;/h3&gt;&lt;p&gt;The supervisor workstation for e-commerce customer-service floors: live queue, complaints, reply scripts, agent scorecards and shifts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session writes no log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log files are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out / Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users, disable them, reset passwords and change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what and when; exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. Sign in to see this store&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. File → Sign out / Switch user… signs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session of %1 and sign in again, as the same or another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no users, so nobody signs in. Add an administrator under Tools → Users to require sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View without sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window only shows the store; it was opened without signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversations, agents, shifts and more from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA &amp;reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QA reviews of the agents: filter, read, export, and score a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA &amp;forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QA forms: sections, items, weights, scales, critical items; versioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: silent, data as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live data feed writes a watermark every second; the queue monitor shows the floor as of its last one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::NewCaseDialog</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 · urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 · high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 · normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: safety, legal or media. Acknowledge within %1, resolve within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High. Acknowledge within %1, resolve within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal. Acknowledge within %1, resolve within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint is a case: it gets an owner, a clock by its priority and an ending with the customer&apos;s feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the conversation it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;versation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the id of the agent the complaint is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the customer complains about, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: what happened, what the customer asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: who takes the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation the complaint is opened from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a one-line summary of the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::NewPasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, with at least 3 different ones, not containing the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::OverviewPane</name>
    <message numerus="yes">
        <source>in %n team(s)</source>
        <translation>
            <numerusform>in %n team</numerusform>
            <numerusform>in %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the store summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent state changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this KefuDesk writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations on all channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 complaints in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 scripts in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store holds no contacts yet. Import exports of your contact platform, or create a demo store (File ▸ Create demo store…) to see every pane at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the store&apos;s time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::PdfPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF needs the graphical application (QGuiApplication) for its fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the A4 page layout was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::PermissionLabels</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 may %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-user store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no users: anyone who opens the file may do everything, and changes are recorded under the name of the computer&apos;s user. Add an administrator under Tools → Users to require sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::QaFormsDialog</name>
    <message>
        <source>QA forms[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You can look at the forms here, but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only: the forms cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a changed form makes a new version. Reviews keep the version they were entered with, so their scores never change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older versions are shown read-only: the reviews entered with them keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s share of the score: its weight times its section&apos;s, of the total over all items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A critical item answered with its lowest value makes the whole review 0 (auto-fail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the reviewer may mark the item not applicable; it then drops out of the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the section or item (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or more. An item counts with its weight times its section&apos;s weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A a&amp;llowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ritical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;eight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes and show the saved version again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the form as a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); version %1 saved %2 by %3</source>
        <translation>
            <numerusform>%n item; version %1 saved %2 by %3</numerusform>
            <numerusform>%n items; version %1 saved %2 by %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The store has no QA form yet: start one with New form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no QA form yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1, saved %2 by %3. %n review(s) entered with it.</source>
        <translation>
            <numerusform>Version %1, saved %2 by %3. %n review entered with it.</numerusform>
            <numerusform>Version %1, saved %2 by %3. %n reviews entered with it.</numerusform>
        </translation>
    </message>
    <message>
        <source>An older version, shown read-only; choose the latest one to edit the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is retired: it is not offered for new reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New QA form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new form: it is saved as version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section or an item to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older version cannot be changed: choose the latest version to edit the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the form is as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1 of &quot;%2&quot;; reviews entered before keep version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the form to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again: it is offered for new reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired: it is no longer offered for new reviews; its reviews keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the form no longer for new reviews; its reviews keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the form for new reviews again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new form &quot;%1&quot; is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them as a new version, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::QaReviewDialog</name>
    <message>
        <source>New QA review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only: reviews cannot be entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id of the conversation reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or the id of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what to coach; the agent can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another form starts the review again: the answers given so far are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active QA form. QA staff and team leads make forms under QA forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: the lowest value makes the whole review 0 (auto-fail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s share of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: the item drops out of the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered %1: there is nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by %1, not by the agent chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) answered</source>
        <translation>
            <numerusform>%1 of %n item answered</numerusform>
            <numerusform>%1 of %n items answered</numerusform>
        </translation>
    </message>
    <message>
        <source>The score over the items answered so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Auto-fail: %n critical item(s) failed (%1), so the review scores 0.</source>
        <translation>
            <numerusform>Auto-fail: %n critical item failed (%1), so the review scores 0.</numerusform>
            <numerusform>Auto-fail: %n critical items failed (%1), so the review scores 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active QA form to review with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answer every item before saving: %n item(s) still open, the first is &quot;%1&quot;.</source>
        <translation>
            <numerusform>Answer every item before saving: %n item is still open, &quot;%1&quot;.</numerusform>
            <numerusform>Answer every item before saving: %n items still open, the first is &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>This review is not saved: its answers and notes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::QaReviewsDialog</name>
    <message>
        <source>QA review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — auto-fail: a critical item failed (recorded as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — auto-fail: a critical item failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer on 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the score of this review is known: its answers were not recorded (it was imported from a file, for example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both days included, counted in the store&apos;s time zone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score as the agent metrics count it: a review with a failed critical item counts as 0. Both ends included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uto-fail only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answers of the selected review (Enter, double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score an agent&apos;s conversation or complaint with a QA form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every review that matches the filters to a CSV file or an Excel workbook; the export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n reviews that match the filters are shown.</source>
        <translation>
            <numerusform>The newest %1 of %n review that matches the filters is shown.</numerusform>
            <numerusform>The newest %1 of %n reviews that match the filters are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) match the filters.</source>
        <translation>
            <numerusform>%n review matches the filters.</numerusform>
            <numerusform>%n reviews match the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean score %1; %n auto-fail(s).</source>
        <translation>
            <numerusform>Mean score %1; %n auto-fail.</numerusform>
            <numerusform>Mean score %1; %n auto-fails.</numerusform>
        </translation>
    </message>
    <message>
        <source>You see your own reviews only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::QaTexts</name>
    <message>
        <source>Pass / fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-point (0–2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-point (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass counts 100, fail 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 not met (0), 1 partly met (50), 2 fully met (100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 poor (0), 2 below expectations (25), 3 meets expectations (50), 4 good (75), 5 excellent (100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::QueuePane</name>
    <message>
        <source>Queue monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL this interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available · busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up · break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list today&apos;s contacts of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forecast multiplier today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a promotion day: the forecast (the same weekday over the last 4 weeks) times this factor. Applies to today and is kept in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only team leads and administrators can change the forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the floor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live feed: the wall clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: live, %2× speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available %1, busy %2, wrap-up %3, break %4, offline %5; training and meetings %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1; target %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents (%1 signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n to acknowledge</source>
        <translation>
            <numerusform>Alerts: %n to acknowledge</numerusform>
            <numerusform>Alerts: %n to acknowledge</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: none to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KefuDesk queue monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts; the first: %1</source>
        <translation>
            <numerusform>%n new alert: %1</numerusform>
            <numerusform>%n new alerts; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multiplier was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that arrived %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1 silent for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within their threshold: %1 of the %2 contacts whose outcome is known; %3 still waiting within their threshold are not counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA today, real-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail reply today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Border: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated: each channel&apos;s tile rates its longest wait against its own threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no service level this interval yet: no contact of it has an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SL this interval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat, phone and social; 90th percentile %1. E-mail is apart: its waits of hours would swamp the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait of today&apos;s answered e-mails until the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wait within its channel&apos;s threshold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service level at or above the target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ASA within its channel&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy within its target range of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed live (in the header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wait past its channel&apos;s threshold, before the wait alert at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service level under the target by 10 points or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ASA past its channel&apos;s threshold, at most twice it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy under its target range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT today over the target of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wait past the wait alert at %1 and past its channel&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service level more than 10 points under the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ASA more than twice its channel&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts waiting and no agent available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupancy over its target range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a break longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert open and not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed silent, or the floor not read (in the header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SL yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tile&apos;s border shows its service level of this interval in green, amber or red; in this colour while no contact of the interval has an outcome yet (an e-mail within its threshold has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent signed out; an alert acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold: a VIP customer, served before the others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::RatingColours</name>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::RatingLegend</name>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person; they can change it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ScorecardPdf</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · agents: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents by rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents by rank (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the agents&apos; scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores against the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · team %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weekly trends in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KefuDesk · agent scorecards · %1 · generated %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent scorecards %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time ASA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time P90 wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail reply time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response within target: answered within the channel&apos;s threshold (%1). Component score: 0–100 against the target; composite: Σ(weight × score) / Σ(weight) over the components with a value. Colours: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits: real-time ASA and P90 over the answered chat, phone and social contacts; the e-mail reply time over the answered e-mails, apart (the blended asa_s of the CSV mixes waits of seconds with waits of hours).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::ScorecardsPane</name>
    <message>
        <source>Agent scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and &amp;weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecards of this period and team as a PDF to print (a page per agent, with the charts) or an XLSX workbook (a sheet per view). Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the targets and weights of the scorecards; the table follows at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the targets and weights (only team leads and administrators change them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the scorecards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecards could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams (pooled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pooled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF to print (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n agents, %2 with a composite · targets and weights from the store settings</source>
        <translation>
            <numerusform>%1 · %n agent, %2 with a composite · targets and weights from the store settings</numerusform>
            <numerusform>%1 · %n agents, %2 with a composite · targets and weights from the store settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kefu::ui::SignInDialog</name>
    <message>
        <source>Sign in — KefuDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has users: sign in with your own name. What you change is recorded under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this store without signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::StoreBanner</name>
    <message>
        <source>This store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::StoreFileDialogs</name>
    <message>
        <source>KefuDesk stores (*.sqlite *.db *.kefudesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. KefuDesk does not overwrite files: choose a new name, or open the existing store instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 already holds data. Demo data goes into a new, empty store only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo store: %1 agents, %2 days of history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::StoreLabels</name>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared mode: the file lies on a network share, so several desktops may use it at once. KefuDesk keeps transactions short and waits for the others&apos; writes; saving can take a moment when a colleague is writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared mode: several desktops may use this file at once (for example over a network share). KefuDesk keeps transactions short and waits for the others&apos; writes; saving can take a moment when a colleague is writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local mode: this desktop is the only user of the file. It is fastest, but the file must not be opened from another computer at the same time; use shared mode for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is open for reading only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::StoreSettingsDialog</name>
    <message>
        <source>Store settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings apply to everyone who uses this store. The store is open for reading only, so they cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings apply to everyone who uses this store: targets, thresholds, weights and the time zone that days and intervals are counted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the default value in every field; nothing is saved until you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. Shanghai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IANA time zone that days, intervals and shifts of this store are counted in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values are not acceptable; correct the fields marked in red. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings apply to everyone who uses this store. As %1 you may change some of them; the others are shown greyed, and their tooltip says who may change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings apply to everyone who uses this store. As %1 you may read them but not change them; the tooltip of each says who may.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::TableExport</name>
    <message numerus="yes">
        <source>%n rows written to %1.</source>
        <translation>
            <numerusform>%n row written to %1.</numerusform>
            <numerusform>%n rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (UTF-8, Excel) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store cannot be read from a second connection (it is not a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users are never deleted: disable those who leave, so that the audit log keeps their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list of users to a CSV file or an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kefu::ui::caseparts</name>
    <message>
        <source>The store is open read-only: complaints cannot be recorded or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
