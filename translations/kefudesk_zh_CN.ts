<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kefu</name>
    <message>
        <source>Unknown user name or wrong password.</source>
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
    <name>kefu::DemoRun</name>
    <message>
        <source>The demo data needs an SQLite store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating the contact floor</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The store %1 is read-only for you; it can be opened for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged and cannot be read (%2). The file was left unchanged; restore it from a backup.</source>
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
</context>
<context>
    <name>kefu::StoreSettings</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Interval length</source>
        <translation>时段长度</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Short abandon under</source>
        <translation>短时放弃阈值</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Service level target</source>
        <translation>服务水平目标</translation>
    </message>
    <message>
        <source>Answer within (chat)</source>
        <translation>应答时限（在线）</translation>
    </message>
    <message>
        <source>Answer within (phone)</source>
        <translation>应答时限（电话）</translation>
    </message>
    <message>
        <source>Answer within (social)</source>
        <translation>应答时限（社交媒体）</translation>
    </message>
    <message>
        <source>Answer within (email)</source>
        <translation>应答时限（邮件）</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Responsiveness: answered within threshold</source>
        <translation>响应：阈值内应答率</translation>
    </message>
    <message>
        <source>Handling: average handle time</source>
        <translation>处理：平均处理时长</translation>
    </message>
    <message>
        <source>Resolution: first-contact resolution</source>
        <translation>解决：首次解决率</translation>
    </message>
    <message>
        <source>Satisfaction: mean CSAT</source>
        <translation>满意度：平均 CSAT</translation>
    </message>
    <message>
        <source>/ 5</source>
        <translation>/ 5</translation>
    </message>
    <message>
        <source>Quality: QA score</source>
        <translation>质量：质检得分</translation>
    </message>
    <message>
        <source>Discipline: schedule adherence</source>
        <translation>纪律：排班遵从率</translation>
    </message>
    <message>
        <source>Occupancy, lower bound</source>
        <translation>占用率下限</translation>
    </message>
    <message>
        <source>Occupancy, upper bound</source>
        <translation>占用率上限</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Responsiveness</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>纪律</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Wait longer than</source>
        <translation>等待超过</translation>
    </message>
    <message>
        <source>Break longer than</source>
        <translation>小休超过</translation>
    </message>
    <message>
        <source>Data feed stale after</source>
        <translation>数据源中断判定</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>P1: acknowledge within</source>
        <translation>P1：受理时限</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>P2: acknowledge within</source>
        <translation>P2：受理时限</translation>
    </message>
    <message>
        <source>P3: acknowledge within</source>
        <translation>P3：受理时限</translation>
    </message>
    <message>
        <source>P1: resolve within</source>
        <translation>P1：解决时限</translation>
    </message>
    <message>
        <source>P2: resolve within</source>
        <translation>P2：解决时限</translation>
    </message>
    <message>
        <source>P3: resolve within</source>
        <translation>P3：解决时限</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>未知设置 %1</translation>
    </message>
    <message>
        <source>%1 is not a known IANA time zone</source>
        <translation>%1 不是已知的 IANA 时区</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 超出 %2 至 %3 的范围</translation>
    </message>
    <message>
        <source>the interval must be 15, 30 or 60 minutes</source>
        <translation>时段长度必须是 15、30 或 60 分钟</translation>
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
        <source>(not in this version yet)</source>
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
        <source>Demo store %1 (seed %2, %3 days, %4 agents, peak day %5) written in %6 s:</source>
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
        <source>The pane: window, overview, queue, complaints, scripts, scorecards, shifts.</source>
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
        <source>admin, lead, qa, trainer or agent.</source>
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
        <source>--role: %1 is not admin, lead, qa, trainer or agent</source>
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
        <source>kefudesk: the command &apos;%1&apos; is not in this version yet.</source>
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
        <source>Import a CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard, service-level and complaint reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang C staffing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the reply scripts.</source>
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
</context>
<context>
    <name>kefu::app::GlobalOptions</name>
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
        <source>schema: table %1 is missing</source>
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
    <name>kefu::ui::FirstStartDialog</name>
    <message>
        <source>Welcome to KefuDesk</source>
        <translation>欢迎使用 KefuDesk</translation>
    </message>
    <message>
        <source>KefuDesk keeps its data in a store: one file with your team&apos;s contacts, complaints, scripts and shifts. How would you like to start?</source>
        <translation>KefuDesk 将数据保存在一个数据库文件中，其中包含团队的会话、投诉、话术和排班。您想如何开始？</translation>
    </message>
    <message>
        <source>Create a demo store</source>
        <translation>创建演示数据库</translation>
    </message>
    <message>
        <source>A realistic team with 90 days of history and a promotion peak day, so that every pane has something to show. Best for a first look.</source>
        <translation>一个逼真的客服团队，包含 90 天的历史数据和一个大促高峰日，每个面板都有内容可看。最适合初次了解。</translation>
    </message>
    <message>
        <source>Create an empty store</source>
        <translation>创建空数据库</translation>
    </message>
    <message>
        <source>Start from scratch and import the exports of your contact platform.</source>
        <translation>从零开始，导入客服平台导出的数据。</translation>
    </message>
    <message>
        <source>Open an existing store</source>
        <translation>打开已有数据库</translation>
    </message>
    <message>
        <source>A store file made earlier on this computer or shared by your team.</source>
        <translation>之前在本机创建的数据库文件，或团队共享的数据库文件。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>kefu::ui::Gui</name>
    <message>
        <source>KefuDesk</source>
        <translation>KefuDesk</translation>
    </message>
    <message>
        <source>The store %1 does not exist yet. Create a new, empty store there?</source>
        <translation>数据库 %1 尚不存在。要在此处新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>a screenshot needs a QApplication</source>
        <translation>截图需要 QApplication</translation>
    </message>
    <message>
        <source>no output file was given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>pane %1 is not available in this version; available: %2</source>
        <translation>此版本不提供面板 %1；可用的面板：%2</translation>
    </message>
    <message>
        <source>pane %1 could not be created</source>
        <translation>无法创建面板 %1</translation>
    </message>
    <message>
        <source>pane %1 did not finish loading its data in %2 seconds</source>
        <translation>面板 %1 未能在 %2 秒内加载完数据</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kefu::ui::MainWindow</name>
    <message>
        <source>KefuDesk</source>
        <translation>KefuDesk</translation>
    </message>
    <message>
        <source>Supervisor workstation</source>
        <translation>客服主管工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty store file</source>
        <translation>新建一个空的数据库文件</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an existing store file</source>
        <translation>打开已有的数据库文件</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Create &amp;demo store…</source>
        <translation>创建演示数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a new store filled with a realistic demo team</source>
        <translation>新建一个数据库，并填入逼真的演示团队数据</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Store &amp;settings…</source>
        <translation>数据库设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Targets, thresholds, weights and the time zone of this store</source>
        <translation>此数据库的目标、阈值、权重和时区</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About KefuDesk</source>
        <translation>关于 KefuDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>KefuDesk — %1</source>
        <translation>KefuDesk — %1</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <source>Days, intervals and shifts of this store are counted in this time zone.</source>
        <translation>此数据库的日期、时段和班次均按此时区计算。</translation>
    </message>
    <message>
        <source>The signed-in user</source>
        <translation>当前登录用户</translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Store healthy</source>
        <translation>数据库正常</translation>
    </message>
    <message>
        <source>Store damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Store check failed</source>
        <translation>数据库检查失败</translation>
    </message>
    <message>
        <source>&amp;%1 %2  (%3)</source>
        <translation>&amp;%1 %2  (%3)</translation>
    </message>
    <message>
        <source>The file no longer exists</source>
        <translation>该文件已不存在</translation>
    </message>
    <message>
        <source>No recent stores</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>KefuDesk found problems in the store %1.</source>
        <translation>KefuDesk 在数据库 %1 中发现了问题。</translation>
    </message>
    <message>
        <source>Stop entering data in this store and restore it from your latest backup. Keep the damaged file (and any -journal or -wal file beside it) until the restored store has been checked: it may still be needed for recovery.</source>
        <translation>请停止向此数据库录入数据，并用最近的备份恢复。在恢复后的数据库通过检查之前，请保留损坏的文件（以及旁边的 -journal 或 -wal 文件）：恢复时可能还需要它们。</translation>
    </message>
    <message>
        <source>About KefuDesk</source>
        <translation>关于 KefuDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KefuDesk %1&lt;/h3&gt;&lt;p&gt;The supervisor workstation for e-commerce customer-service floors: live queue, complaints, reply scripts, agent scorecards and shifts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KefuDesk %1&lt;/h3&gt;&lt;p&gt;电商客服中心的主管工作台：实时队列、投诉闭环、话术库、坐席绩效和排班。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>This session writes no log file.</source>
        <translation>本次会话不写日志文件。</translation>
    </message>
    <message>
        <source>The log files are in %1.</source>
        <translation>日志文件位于 %1。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::OverviewPane</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Loading the store summary…</source>
        <translation>正在加载数据库概况…</translation>
    </message>
    <message>
        <source>Store overview</source>
        <translation>数据库概况</translation>
    </message>
    <message>
        <source>Contacts in history</source>
        <translation>历史会话</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>Published scripts</source>
        <translation>已发布话术</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史数据</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>各表行数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>占用空间</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>最早会话</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近会话</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>时间跨度</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Agent state changes</source>
        <translation>坐席状态记录</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint events</source>
        <translation>投诉处理记录</translation>
    </message>
    <message>
        <source>Reply scripts</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The summary could not be read: %1</source>
        <translation>无法读取概况：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (this KefuDesk writes %2)</source>
        <translation>%1（本版 KefuDesk 写入版本 %2）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>conversations on all channels</source>
        <translation>全部渠道的会话</translation>
    </message>
    <message numerus="yes">
        <source>in %n team(s)</source>
        <translation>
            <numerusform>分属 %n 个班组</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 complaints in all</source>
        <translation>投诉总数 %1</translation>
    </message>
    <message>
        <source>of %1 scripts in the library</source>
        <translation>话术库共 %1 条</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>This store holds no contacts yet. Import exports of your contact platform, or create a demo store (File ▸ Create demo store…) to see every pane at work.</source>
        <translation>此数据库还没有会话数据。请导入客服平台的导出文件，或创建一个演示数据库（文件 ▸ 创建演示数据库…），看看每个面板的效果。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in the store&apos;s time zone, %1.</source>
        <translation>时间按数据库时区 %1 显示。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::StoreFileDialogs</name>
    <message>
        <source>KefuDesk stores (*.sqlite *.db *.kefudesk);;All files (*)</source>
        <translation>KefuDesk 数据库 (*.sqlite *.db *.kefudesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file %1 already exists. KefuDesk does not overwrite files: choose a new name, or open the existing store instead.</source>
        <translation>文件 %1 已存在。KefuDesk 不会覆盖文件：请换一个文件名，或直接打开这个已有的数据库。</translation>
    </message>
    <message>
        <source>The store could not be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Create demo store</source>
        <translation>创建演示数据库</translation>
    </message>
    <message>
        <source>The store %1 already holds data. Demo data goes into a new, empty store only; nothing was changed.</source>
        <translation>数据库 %1 中已有数据。演示数据只能写入新的空数据库；未做任何更改。</translation>
    </message>
    <message>
        <source>Creating the demo store: %1 agents, %2 days of history…</source>
        <translation>正在创建演示数据库：%1 名坐席，%2 天历史数据…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The demo store could not be created: %1</source>
        <translation>无法创建演示数据库：%1</translation>
    </message>
</context>
<context>
    <name>kefu::ui::StoreLabels</name>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1，只读</translation>
    </message>
    <message>
        <source>Shared mode</source>
        <translation>共享模式</translation>
    </message>
    <message>
        <source>Local mode</source>
        <translation>本地模式</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · 只读</translation>
    </message>
    <message>
        <source>Shared mode: the file lies on a network share, so several desktops may use it at once. KefuDesk keeps transactions short and waits for the others&apos; writes; saving can take a moment when a colleague is writing.</source>
        <translation>共享模式：文件位于网络共享上，多台电脑可以同时使用。KefuDesk 会尽量缩短事务并等待其他人的写入完成；同事正在写入时，保存可能需要稍等片刻。</translation>
    </message>
    <message>
        <source>Shared mode: several desktops may use this file at once (for example over a network share). KefuDesk keeps transactions short and waits for the others&apos; writes; saving can take a moment when a colleague is writing.</source>
        <translation>共享模式：多台电脑可以同时使用此文件（例如通过网络共享）。KefuDesk 会尽量缩短事务并等待其他人的写入完成；同事正在写入时，保存可能需要稍等片刻。</translation>
    </message>
    <message>
        <source>Local mode: this desktop is the only user of the file. It is fastest, but the file must not be opened from another computer at the same time; use shared mode for that.</source>
        <translation>本地模式：只有本机使用此文件，速度最快，但不能同时从另一台电脑打开它；如需多人同时使用，请使用共享模式。</translation>
    </message>
    <message>
        <source>The store is open for reading only: nothing can be changed.</source>
        <translation>数据库以只读方式打开：不能做任何更改。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kefu::ui::StoreSettingsDialog</name>
    <message>
        <source>Store settings</source>
        <translation>数据库设置</translation>
    </message>
    <message>
        <source>These settings apply to everyone who uses this store. The store is open for reading only, so they cannot be changed here.</source>
        <translation>这些设置对使用此数据库的所有人生效。数据库以只读方式打开，因此不能在此修改。</translation>
    </message>
    <message>
        <source>These settings apply to everyone who uses this store: targets, thresholds, weights and the time zone that days and intervals are counted in.</source>
        <translation>这些设置对使用此数据库的所有人生效：目标、阈值、权重，以及计算日期和时段所用的时区。</translation>
    </message>
    <message>
        <source>Puts the default value in every field; nothing is saved until you press OK.</source>
        <translation>将所有字段恢复为默认值；按“确定”之前不会保存。</translation>
    </message>
    <message>
        <source>Type to search, e.g. Shanghai</source>
        <translation>输入以搜索，例如 Shanghai</translation>
    </message>
    <message>
        <source>The IANA time zone that days, intervals and shifts of this store are counted in.</source>
        <translation>此数据库计算日期、时段和班次所用的 IANA 时区。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>允许范围：%1</translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation>（%1 至 %2）</translation>
    </message>
    <message>
        <source>Some values are not acceptable; correct the fields marked in red. Nothing was saved.</source>
        <translation>有些值不符合要求，请更正红色标出的字段。未保存任何内容。</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
</context>
</TS>
