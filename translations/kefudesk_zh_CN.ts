<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kefu</name>
    <message>
        <source>The demo data could not be written.</source>
        <translation>无法写入演示数据。</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>正在准备</translation>
    </message>
    <message>
        <source>Writing reply scripts</source>
        <translation>正在写入话术</translation>
    </message>
    <message>
        <source>Writing complaints</source>
        <translation>正在写入投诉</translation>
    </message>
    <message>
        <source>Writing QA reviews</source>
        <translation>正在写入质检评分</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>kefu::AuditLogModel</name>
    <message>
        <source>In the store&apos;s time zone, %1</source>
        <translation>按数据库时区 %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>对象 ID</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>kefu::CsvWriter</name>
    <message>
        <source>no file is open for writing</source>
        <translation>没有打开可写入的文件</translation>
    </message>
</context>
<context>
    <name>kefu::DemoGenerator</name>
    <message>
        <source>The number of days must be between 1 and 730 (got %1).</source>
        <translation>天数必须在 1 到 730 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The number of agents must be between 4 and 300 (got %1).</source>
        <translation>坐席人数必须在 4 到 300 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The peak multiplier must be between 1 and 10 (got %1).</source>
        <translation>高峰倍数必须在 1 到 10 之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The peak day %1 is outside the generated range %2 to %3.</source>
        <translation>高峰日 %1 不在生成的日期范围 %2 至 %3 内。</translation>
    </message>
    <message>
        <source>The store already holds agents, conversations, complaints or scripts; demo data can only fill an empty store.</source>
        <translation>数据库中已有坐席、会话、投诉或话术数据；演示数据只能写入空数据库。</translation>
    </message>
</context>
<context>
    <name>kefu::Permissions</name>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>change the store settings</source>
        <translation>修改数据库设置</translation>
    </message>
    <message>
        <source>change targets and thresholds</source>
        <translation>修改目标和阈值</translation>
    </message>
    <message>
        <source>edit shifts</source>
        <translation>编辑排班</translation>
    </message>
    <message>
        <source>create and edit reply scripts</source>
        <translation>创建和编辑话术</translation>
    </message>
    <message>
        <source>review and publish reply scripts</source>
        <translation>审核和发布话术</translation>
    </message>
    <message>
        <source>record complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>move complaints through their states</source>
        <translation>推进投诉处理状态</translation>
    </message>
    <message>
        <source>edit QA forms</source>
        <translation>编辑质检表</translation>
    </message>
    <message>
        <source>enter QA reviews</source>
        <translation>录入质检评分</translation>
    </message>
    <message>
        <source>see every agent&apos;s scorecard</source>
        <translation>查看所有坐席的绩效</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>班组长</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
</context>
<context>
    <name>kefu::Rating</name>
    <message>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>接近</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>kefu::ServiceMetrics</name>
    <message>
        <source>the interval must be 15, 30 or 60 minutes, not %1</source>
        <translation>间隔必须是 15、30 或 60 分钟，不能是 %1</translation>
    </message>
</context>
<context>
    <name>kefu::Session</name>
    <message>
        <source>Permission denied: %1 (%2) may not %3.</source>
        <translation>权限不足：%1（%2）无权%3。</translation>
    </message>
</context>
<context>
    <name>kefu::Store</name>
    <message>
        <source>No store file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the store %1: the folder %2 does not exist.</source>
        <translation>无法创建数据库 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the store %1: the folder %2 is not writable.</source>
        <translation>无法创建数据库 %1：文件夹 %2 不可写。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The store %1 cannot be read (permission denied or locked).</source>
        <translation>无法读取数据库 %1（无访问权限或已被锁定）。</translation>
    </message>
    <message>
        <source>%1 is not a KefuDesk store: it is not an SQLite database. The file was left unchanged.</source>
        <translation>%1 不是 KefuDesk 数据库：它不是 SQLite 数据库文件。文件未做任何更改。</translation>
    </message>
    <message>
        <source>The store %1 is an empty file.</source>
        <translation>数据库 %1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a KefuDesk store. The file was left unchanged.</source>
        <translation>%1 是 SQLite 数据库，但不是 KefuDesk 数据库。文件未做任何更改。</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer KefuDesk (schema version %2; this version knows up to %3). Update KefuDesk to open it; the file was left unchanged.</source>
        <translation>数据库 %1 由更新版本的 KefuDesk 写入（结构版本 %2；本版本最高支持 %3）。请更新 KefuDesk 后再打开；文件未做任何更改。</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The store %1 could not be brought to schema version %2: %3. It was left as it was.</source>
        <translation>无法将数据库 %1 升级到结构版本 %2：%3。数据库保持原样。</translation>
    </message>
    <message>
        <source>Cannot create the store %1: the file or its folder %2 is not writable.</source>
        <translation>无法创建数据库 %1：该文件或其所在文件夹 %2 不可写。</translation>
    </message>
    <message>
        <source>The store %1 lies in a folder you cannot write (%2), and its file %3 holds changes that SQLite can only read where it may write the folder. Open it from a folder you can write (ask for write permission), or ask someone who can to make a copy with `kefudesk backup`. The file was left unchanged.</source>
        <translation>数据库 %1 位于您无法写入的文件夹（%2）中，而其文件 %3 中保存着更改，SQLite 只有在可以写入该文件夹时才能读取这些更改。请从您可以写入的文件夹打开它（或申请写入权限），或请有权限的人用 `kefudesk backup` 制作一份副本。文件未做任何更改。</translation>
    </message>
    <message>
        <source>The store %1 is damaged and cannot be read. The file was left unchanged; restore it from a backup (`kefudesk check` lists what is damaged).</source>
        <translation>数据库 %1 已损坏，无法读取。文件未做任何更改；请从备份恢复（`kefudesk check` 会列出损坏的部分）。</translation>
    </message>
    <message>
        <source>The store %1 cannot be read here: SQLite must write beside it, in %2, to read it, and may not. Open it from a folder you can write. The file was left unchanged.</source>
        <translation>无法在此读取数据库 %1：SQLite 读取它时需要在其所在文件夹 %2 中写入，但没有写入权限。请从您可以写入的文件夹打开它。文件未做任何更改。</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2 The file was left unchanged.</source>
        <translation>无法读取数据库 %1：%2 文件未做任何更改。</translation>
    </message>
    <message>
        <source>The store %1 was written by an older KefuDesk (schema version %2) and must be brought to version %3 once, which needs write access; it is read-only for you (%4). The file was left unchanged.</source>
        <translation>数据库 %1 由旧版 KefuDesk 写入（结构版本 %2），需要升级一次到结构版本 %3，这需要写入权限；但它对您是只读的（%4）。文件未做任何更改。</translation>
    </message>
    <message>
        <source>you may not write the file</source>
        <translation>您没有该文件的写入权限</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>其所在文件夹不可写</translation>
    </message>
    <message>
        <source>The store %1 is damaged, so KefuDesk changes nothing in it. Stop entering data and restore it from your latest backup; `kefudesk check` lists what is damaged.</source>
        <translation>数据库 %1 已损坏，因此 KefuDesk 不会对其做任何更改。请停止录入数据，并用最近的备份恢复；`kefudesk check` 会列出损坏的部分。</translation>
    </message>
    <message>
        <source>The store %1 is open for reading only, so nothing can be changed.</source>
        <translation>数据库 %1 以只读方式打开，因此不能做任何更改。</translation>
    </message>
    <message>
        <source>The store %1 is read-only: you may not write the file, so it is open for reading only and nothing can be changed. Ask for write permission to change it.</source>
        <translation>数据库 %1 是只读的：您没有该文件的写入权限，因此它以只读方式打开，不能做任何更改。如需修改，请申请写入权限。</translation>
    </message>
    <message>
        <source>The store %1 is read-only: its folder %2 cannot be written (SQLite keeps its journal beside the store), so it is open for reading only and nothing can be changed. Copy it to a folder you can write (`kefudesk backup`), or ask for write permission.</source>
        <translation>数据库 %1 是只读的：其所在文件夹 %2 不可写（SQLite 需要在数据库旁边保存日志文件），因此它以只读方式打开，不能做任何更改。请将它复制到您可以写入的文件夹（`kefudesk backup`），或申请写入权限。</translation>
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
    <message>
        <source>Staffing</source>
        <translation>排班人力</translation>
    </message>
    <message>
        <source>Chats an agent holds at once (chat, social)</source>
        <translation>坐席可同时接待的会话数（在线、社交）</translation>
    </message>
</context>
<context>
    <name>kefu::UserDirectory</name>
    <message>
        <source>The first user of a store must be an administrator.</source>
        <translation>数据库的第一个用户必须是管理员。</translation>
    </message>
    <message>
        <source>The user name must be 1 to 64 characters without spaces.</source>
        <translation>用户名须为 1 到 64 个字符，且不含空格。</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>用户 %1 已存在。</translation>
    </message>
    <message>
        <source>There is no agent with the id %1.</source>
        <translation>不存在工号为 %1 的坐席。</translation>
    </message>
    <message>
        <source>The password could not be hashed (out of memory).</source>
        <translation>无法计算密码哈希（内存不足）。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation>%1 是最后一位启用中的管理员，不能停用。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be given another role.</source>
        <translation>%1 是最后一位启用中的管理员，不能更改其角色。</translation>
    </message>
    <message>
        <source>changed their own password</source>
        <translation>修改了自己的密码</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked until %1.</source>
        <translation>登录失败次数过多：此账户已锁定至 %1。</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator.</source>
        <translation>账户 %1 已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>There is no team named %1.</source>
        <translation>不存在名为 %1 的班组。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>kefu::Vocabulary</name>
    <message>
        <source>Chat</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>话后</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>小休</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>方案已提出</translation>
    </message>
    <message>
        <source>awaiting feedback</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>无效投诉</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>product quality</source>
        <translation>商品质量</translation>
    </message>
    <message>
        <source>description mismatch</source>
        <translation>描述不符</translation>
    </message>
    <message>
        <source>logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>after-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <source>payment/coupon</source>
        <translation>支付/优惠券</translation>
    </message>
    <message>
        <source>service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>system fault</source>
        <translation>系统故障</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>联系不上</translation>
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
        <translation>用法：kefudesk [选项] [COMMAND] [命令选项]

KefuDesk（客服主管工作台），电商客服的主管工作台。
不带命令时打开窗口；带命令时不打开窗口运行。

命令：
</translation>
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
        <translation>
所有命令通用的选项：
  --store PATH          数据库：一个 SQLite 文件（默认：%1）
  --timezone IANA_NAME  使用此时区，而不是数据库的时区
  --shared              共享模式，供多台电脑同时使用同一文件
  --user NAME           以此用户身份登录（适用于设有用户的数据库）
  -h, --help            显示此帮助；命令的帮助请用 `kefudesk COMMAND --help`
  -v, --version         显示版本
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Try &apos;kefudesk %1 --help&apos;.</source>
        <translation>请尝试 &apos;kefudesk %1 --help&apos;。</translation>
    </message>
    <message>
        <source>--timezone: %1 is not a known IANA time zone (e.g. Asia/Shanghai).</source>
        <translation>--timezone：%1 不是已知的 IANA 时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Days of history, ending today (default 90).</source>
        <translation>历史数据天数，截至今天（默认 90）。</translation>
    </message>
    <message>
        <source>Number of agents (default 40).</source>
        <translation>坐席人数（默认 40）。</translation>
    </message>
    <message>
        <source>Seed: the same seed and dates give the same data.</source>
        <translation>随机种子：种子和日期相同，生成的数据也相同。</translation>
    </message>
    <message>
        <source>A promotion day at 4.2× normal volume (YYYY-MM-DD).</source>
        <translation>大促日，进线量为平时的 4.2 倍（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The demo&apos;s &apos;now&apos; (YYYY-MM-DDTHH:MM:SS, store time; default: now).</source>
        <translation>演示数据的“当前时间”（YYYY-MM-DDTHH:MM:SS，数据库时区；默认：现在）。</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>多余的参数 %1</translation>
    </message>
    <message>
        <source>--days: %1 is not a whole number from 1 to 730</source>
        <translation>--days：%1 不是 1 到 730 之间的整数</translation>
    </message>
    <message>
        <source>--agents: %1 is not a whole number from 4 to 300</source>
        <translation>--agents：%1 不是 4 到 300 之间的整数</translation>
    </message>
    <message>
        <source>--seed: %1 is not a non-negative whole number</source>
        <translation>--seed：%1 不是非负整数</translation>
    </message>
    <message>
        <source>--peak-day: %1 is not a date (YYYY-MM-DD)</source>
        <translation>--peak-day：%1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--as-of: %1 is not a date and time (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>--as-of：%1 不是日期时间（YYYY-MM-DDTHH:MM:SS）</translation>
    </message>
    <message>
        <source>the store %1 already holds data; demo data goes into a new store (choose another file with --store).</source>
        <translation>数据库 %1 中已有数据；演示数据只能写入新数据库（请用 --store 指定其他文件）。</translation>
    </message>
    <message>
        <source>Run the faster quick_check instead of integrity_check.</source>
        <translation>运行更快的 quick_check，而不是 integrity_check。</translation>
    </message>
    <message>
        <source>the store %1 has problems (see above); restore it from a backup.</source>
        <translation>数据库 %1 存在问题（见上文）；请从备份恢复。</translation>
    </message>
    <message>
        <source>The store is healthy.</source>
        <translation>数据库正常。</translation>
    </message>
    <message>
        <source>The file to write the copy to (must not exist).</source>
        <translation>副本的目标文件（必须尚不存在）。</translation>
    </message>
    <message>
        <source>give exactly one destination file</source>
        <translation>请指定一个且仅一个目标文件</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>已将 %1 备份到 %2。</translation>
    </message>
    <message>
        <source>PANE</source>
        <translation>PANE</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Window size (default 1280x800).</source>
        <translation>窗口大小（默认 1280x800）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--out FILE.png is required</source>
        <translation>必须指定 --out FILE.png</translation>
    </message>
    <message>
        <source>--size: %1 is not WIDTHxHEIGHT (e.g. 1280x800)</source>
        <translation>--size：%1 不是“宽x高”格式（例如 1280x800）</translation>
    </message>
    <message>
        <source>--lang: %1 is not zh_CN or en</source>
        <translation>--lang：%1 不是 zh_CN 或 en</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>the store %1 has users: sign in with --user NAME (the password is read from the terminal, or from KEFUDESK_PASSWORD).</source>
        <translation>数据库 %1 设有用户：请用 --user NAME 登录（密码从终端读取，或取自 KEFUDESK_PASSWORD）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>no password given for %1.</source>
        <translation>未提供 %1 的密码。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>no new password given (type it, or set KEFUDESK_NEW_PASSWORD).</source>
        <translation>未提供新密码（请输入，或设置 KEFUDESK_NEW_PASSWORD）。</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>add, list, disable, enable, passwd or role</source>
        <translation>add、list、disable、enable、passwd 或 role</translation>
    </message>
    <message>
        <source>The user (not for list).</source>
        <translation>用户名（list 不需要）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>The name shown for the user.</source>
        <translation>用户的显示名称。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The agent id (工号) of a user with role agent.</source>
        <translation>角色为 agent 的用户的工号。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The user&apos;s team.</source>
        <translation>用户所属班组。</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>give an action: %1</source>
        <translation>请指定操作：%1</translation>
    </message>
    <message>
        <source>%1 needs exactly one user name</source>
        <translation>%1 需要一个且仅一个用户名</translation>
    </message>
    <message>
        <source>%1 needs --role</source>
        <translation>%1 需要 --role</translation>
    </message>
    <message>
        <source>Done: user %1 %2.</source>
        <translation>完成：已对用户 %2 执行 %1。</translation>
    </message>
    <message>
        <source>kefudesk: unknown command &apos;%1&apos;. Try &apos;kefudesk --help&apos;.</source>
        <translation>kefudesk：未知命令 &apos;%1&apos;。请尝试 &apos;kefudesk --help&apos;。</translation>
    </message>
    <message>
        <source>The store: a SQLite file (default: %1).</source>
        <translation>数据库：一个 SQLite 文件（默认：%1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Use this IANA time zone (e.g. Asia/Shanghai) instead of the store&apos;s.</source>
        <translation>使用此 IANA 时区（例如 Asia/Shanghai），而不是数据库的时区。</translation>
    </message>
    <message>
        <source>IANA_NAME</source>
        <translation>IANA_NAME</translation>
    </message>
    <message>
        <source>Open the SQLite file in shared mode, for several desktops on one file.</source>
        <translation>以共享模式打开 SQLite 文件，供多台电脑同时使用同一文件。</translation>
    </message>
    <message>
        <source>Sign in as this user (stores with users).</source>
        <translation>以此用户身份登录（适用于设有用户的数据库）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--format: %1 is not csv or json</source>
        <translation>--format：%1 不是 csv 或 json</translation>
    </message>
    <message>
        <source>could not write to the standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD).</source>
        <translation>统计期的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The last day of the period, included (YYYY-MM-DD).</source>
        <translation>统计期的最后一天，含当天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation>BUCKET</translation>
    </message>
    <message>
        <source>service: only chat, phone, email or social.</source>
        <translation>service：仅统计 chat、phone、email 或 social 渠道。</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>agents: only this team.</source>
        <translation>agents：仅统计该班组。</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv（默认）或 json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to this file instead of the standard output.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>--team applies to report agents</source>
        <translation>--team 仅适用于 report agents</translation>
    </message>
    <message>
        <source>--from and --to are required (YYYY-MM-DD, both days included)</source>
        <translation>必须提供 --from 和 --to（YYYY-MM-DD，含首尾两天）</translation>
    </message>
    <message>
        <source>--from: %1 is not a date (YYYY-MM-DD)</source>
        <translation>--from：%1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--to: %1 is not a date (YYYY-MM-DD)</source>
        <translation>--to：%1 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 早于 --from %2</translation>
    </message>
    <message>
        <source>--by: %1 is not day, interval or hour</source>
        <translation>--by：%1 不是 day、interval 或 hour</translation>
    </message>
    <message>
        <source>the store %1 was written by an older KefuDesk; open it once in the window (or with a command that writes) to upgrade it, then report.</source>
        <translation>数据库 %1 由旧版 KefuDesk 写入；请先在窗口中（或用会写入的命令）打开一次以升级，再生成报表。</translation>
    </message>
    <message>
        <source>no period from %1 to %2</source>
        <translation>无法构成从 %1 到 %2 的统计期</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 rows).</source>
        <translation>已写入 %1（%2 行）。</translation>
    </message>
    <message>
        <source>Contacts arriving in the interval.</source>
        <translation>该时段进线的会话数。</translation>
    </message>
    <message>
        <source>Length of the interval in minutes.</source>
        <translation>时段长度（分钟）。</translation>
    </message>
    <message>
        <source>Average handle time in seconds.</source>
        <translation>平均处理时长（秒）。</translation>
    </message>
    <message>
        <source>Service-level target in percent (e.g. 80), below 100.</source>
        <translation>服务水平目标百分比（如 80），小于 100。</translation>
    </message>
    <message>
        <source>Answer within this many seconds.</source>
        <translation>在此秒数内接起。</translation>
    </message>
    <message>
        <source>Highest occupancy in percent.</source>
        <translation>最高占用率（百分比）。</translation>
    </message>
    <message>
        <source>Shrinkage in percent: time paid but not available (default 0).</source>
        <translation>损耗率（百分比）：计薪但不可接待的时间（默认 0）。</translation>
    </message>
    <message>
        <source>Contacts an agent handles at once, for chat (default 1).</source>
        <translation>在线聊天时坐席可同时处理的会话数（默认 1）。</translation>
    </message>
    <message>
        <source>Agents needed for one interval, by Erlang C.</source>
        <translation>按 Erlang C 计算一个时段所需的坐席数。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须提供 --%1</translation>
    </message>
    <message>
        <source>0 or more</source>
        <translation>大于等于 0</translation>
    </message>
    <message>
        <source>above 0 and at most 1440</source>
        <translation>大于 0 且不超过 1440</translation>
    </message>
    <message>
        <source>above 0</source>
        <translation>大于 0</translation>
    </message>
    <message>
        <source>from 0 to below 100 (percent)</source>
        <translation>从 0 到小于 100（百分比）</translation>
    </message>
    <message>
        <source>above 0 and at most 100 (percent)</source>
        <translation>大于 0 且不超过 100（百分比）</translation>
    </message>
    <message>
        <source>from 1 to 100</source>
        <translation>从 1 到 100</translation>
    </message>
    <message>
        <source>--%1: %2 is not a number %3</source>
        <translation>--%1：%2 不是%3的数</translation>
    </message>
    <message>
        <source>no number of agents reaches this target; check the figures.</source>
        <translation>任何坐席数都达不到该目标，请检查输入数字。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: UTF-8, UTF-16 or GB18030 (default: detected).</source>
        <translation>文件编码：UTF-8、UTF-16 或 GB18030（默认：自动检测）。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>abort (default): import nothing when a row is bad; skip: import the good rows and write the bad ones with their reasons to FILE.rejects.csv.</source>
        <translation>abort（默认）：只要有一行有问题就不导入任何内容；skip：导入正确的行，并将有问题的行及原因写入 FILE.rejects.csv。</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>文件中的数据类型。</translation>
    </message>
    <message>
        <source>A CSV, TSV or XLSX file.</source>
        <translation>CSV、TSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>give the kind and the file, e.g. kefudesk import conversations history.csv</source>
        <translation>请指定数据类型和文件，例如 kefudesk import conversations history.csv</translation>
    </message>
    <message>
        <source>%1 is not a kind of file; use one of %2.</source>
        <translation>%1 不是可导入的数据类型；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>--on-error: %1 is not abort or skip.</source>
        <translation>--on-error：%1 不是 abort 或 skip。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>… 另有 %1 个问题。</translation>
    </message>
    <message>
        <source>--format xlsx writes an Excel workbook, which needs a file: add --out FILE.xlsx</source>
        <translation>--format xlsx 写入的是 Excel 工作簿，需要指定文件：请添加 --out FILE.xlsx</translation>
    </message>
    <message>
        <source>As of %1: waiting %2, agents signed in %3 (%4 on a break, in training or a meeting); so far %5 arrived, %6 answered, %7 abandoned.</source>
        <translation>截至 %1：排队 %2，已签入坐席 %3（%4 人在小休、培训或开会）；至今进线 %5，接起 %6，放弃 %7。</translation>
    </message>
    <message>
        <source>Simulated seconds per wall-clock second, from 0.1 to 3600 (default 1: real time).</source>
        <translation>每个实际秒对应的模拟秒数，0.1 到 3600（默认 1：实时）。</translation>
    </message>
    <message>
        <source>normal: the store&apos;s usual arrivals (default); peak: 4.2× as many with the same staffing, like a promotion day.</source>
        <translation>normal：按数据库平时的进线量（默认）；peak：进线量为 4.2 倍而人力不变，如同大促日。</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Seed: the same seed and the same store give the same feed (default 618).</source>
        <translation>随机种子：种子和数据库相同，模拟的数据流也相同（默认 618）。</translation>
    </message>
    <message>
        <source>Stop after this many simulated seconds (default: run until stopped).</source>
        <translation>模拟这么多秒后停止（默认：一直运行直到被停止）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>--speed: %1 is not a number from 0.1 to 3600</source>
        <translation>--speed：%1 不是 0.1 到 3600 之间的数</translation>
    </message>
    <message>
        <source>--profile: %1 is not normal or peak</source>
        <translation>--profile：%1 不是 normal 或 peak</translation>
    </message>
    <message>
        <source>--for: %1 is not a whole number of seconds from 1 to %2</source>
        <translation>--for：%1 不是 1 到 %2 之间的整数秒</translation>
    </message>
    <message>
        <source>another kefudesk simulate (process %1 on %2) is playing a feed into %3; stop it first.</source>
        <translation>另一个 kefudesk simulate（%2 上的进程 %1）正在向 %3 写入数据流；请先停止它。</translation>
    </message>
    <message>
        <source>where the last feed stopped</source>
        <translation>从上次数据流停止处</translation>
    </message>
    <message>
        <source>after the latest activity in the store</source>
        <translation>从数据库中最近的活动之后</translation>
    </message>
    <message>
        <source>now: the store has no activity yet</source>
        <translation>从现在：数据库中尚无活动</translation>
    </message>
    <message>
        <source>Simulating a live feed into %1 from %2 (%3), speed %4×, profile %5, seed %6. Ctrl+C stops.</source>
        <translation>正在向 %1 模拟实时数据流，起点 %2（%3），速度 %4×，模式 %5，种子 %6。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Arrivals: %1. Taken over: %2 waiting, %3 in progress, %4 of %5 agents signed in.</source>
        <translation>进线依据：%1。接管：排队 %2，处理中 %3，已签入坐席 %4/%5。</translation>
    </message>
    <message>
        <source>the mean of the store&apos;s last 28 days by hour</source>
        <translation>数据库最近 28 天按小时的平均值</translation>
    </message>
    <message>
        <source>a built-in day curve (the store has too little history)</source>
        <translation>内置的日内曲线（数据库历史数据不足）</translation>
    </message>
    <message>
        <source>stopped after %1 failed writes in a row: %2</source>
        <translation>连续 %1 次写入失败后已停止：%2</translation>
    </message>
    <message>
        <source>Stopped as of %1 after %2 of simulated time. Contacts arrived %3, answered %4, abandoned %5; waiting now %6; agents signed in %7.</source>
        <translation>已停止，截至 %1，共模拟 %2。进线 %3，接起 %4，放弃 %5；当前排队 %6；已签入坐席 %7。</translation>
    </message>
    <message>
        <source>--format: %1 is not csv, json, xlsx or pdf</source>
        <translation>--format：%1 不是 csv、json、xlsx 或 pdf</translation>
    </message>
    <message>
        <source>Language of the xlsx and pdf texts: zh_CN or en (default: the language chosen in the window, else the system&apos;s).</source>
        <translation>xlsx 和 pdf 中文字的语言：zh_CN 或 en（默认：窗口中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>--format pdf writes a PDF document, which needs a file: add --out FILE.pdf</source>
        <translation>--format pdf 生成 PDF 文档，需要指定文件：请添加 --out FILE.pdf</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 agents).</source>
        <translation>已写入 %1（%2 名坐席）。</translation>
    </message>
    <message>
        <source>init takes no arguments; name the store with --store PATH</source>
        <translation>init 不接受参数；请用 --store PATH 指定数据库</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was changed.</source>
        <translation>%1 已存在；未做任何更改。</translation>
    </message>
    <message>
        <source>Created the store %1 (schema version %2, no users: a single-user store until `kefudesk user add NAME --role admin`).</source>
        <translation>已创建数据库 %1（结构版本 %2，尚无用户：在执行 `kefudesk user add NAME --role admin` 之前为单用户数据库）。</translation>
    </message>
    <message>
        <source>The pane: %1.</source>
        <translation>面板：%1。</translation>
    </message>
    <message>
        <source>pane %1 is not available in this version; available: %2</source>
        <translation>此版本不提供面板 %1；可用的面板：%2</translation>
    </message>
    <message>
        <source>admin, lead, qa, trainer or agent (or the name the window shows, e.g. 班组长).</source>
        <translation>admin、lead、qa、trainer 或 agent（也可用窗口中显示的名称，如 班组长）。</translation>
    </message>
    <message>
        <source>--role: %1 is not admin, lead, qa, trainer or agent (or 管理员, 班组长, 质检, 培训师, 坐席)</source>
        <translation>--role：%1 不是 admin、lead、qa、trainer 或 agent（或 管理员、班组长、质检、培训师、坐席）</translation>
    </message>
    <message>
        <source>Created the store %1.</source>
        <translation>已创建数据库 %1。</translation>
    </message>
    <message>
        <source>kefudesk: warning: the store %1 has no users yet; --user %2 is ignored and the change is recorded for the single user of the store.</source>
        <translation>kefudesk：警告：数据库 %1 尚无用户；已忽略 --user %2，此更改记录在该数据库的单一用户名下。</translation>
    </message>
    <message>
        <source>wrote %1; the export is recorded in the audit log (data.export, by %2).</source>
        <translation>已写入 %1；此次导出已记入审计日志（data.export，操作人 %2）。</translation>
    </message>
    <message>
        <source>--channel: %1 is not chat, phone, email or social (or 在线, 电话, 邮件, 社交媒体)</source>
        <translation>--channel：%1 不是 chat、phone、email 或 social（或 在线、电话、邮件、社交媒体）</translation>
    </message>
    <message>
        <source>--%1: %2 looks like a fraction; give percent, e.g. %3 (or %2% if you mean %2 percent)</source>
        <translation>--%1：%2 看起来是小数；请给出百分数，例如 %3（如果确实是 %2%，请写 %2%）</translation>
    </message>
    <message>
        <source>%1 is a folder; give the file to import.</source>
        <translation>%1 是文件夹；请给出要导入的文件。</translation>
    </message>
    <message>
        <source>--team: the store has no team %1; its teams: %2</source>
        <translation>--team：数据库中没有班组 %1；现有班组：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Demo store %1 (seed %2, %3 days, %4 agents, peak day %5) written in %6:</source>
        <translation>已写入演示数据库 %1（种子 %2，%3 天，%4 名坐席，高峰日 %5），用时 %6：</translation>
    </message>
    <message>
        <source>This command changes the store. The commands that only read work: check, backup, and reports to standard output (a report written with --out is recorded in the store&apos;s audit log, which is a change).</source>
        <translation>此命令会修改数据库。只读取数据的命令仍可使用：check、backup，以及输出到标准输出的报表（用 --out 写入文件的报表会记录在数据库的审计日志中，这也算修改）。</translation>
    </message>
    <message>
        <source>agents (scorecards), service (service level) or complaints (the complaint loop).</source>
        <translation>agents（坐席绩效）、service（服务水平）或 complaints（投诉闭环）。</translation>
    </message>
    <message>
        <source>service: one row per day, interval (the store&apos;s 15, 30 or 60 minutes) or hour, and channel (default day). complaints: one row per category, root_cause, owner or team (the team of the agent the complaint is about); default one row, all.</source>
        <translation>service：按天、时段（数据库设置的 15、30 或 60 分钟）或小时，以及渠道，每组一行（默认 day）。complaints：按 category、root_cause、owner 或 team（被投诉坐席所在的班组）每组一行；默认只有一行，即全部。</translation>
    </message>
    <message>
        <source>Service-level report, agent scorecards and the complaint report.</source>
        <translation>服务水平报表、坐席绩效和投诉报表。</translation>
    </message>
    <message>
        <source>say which report: agents, service or complaints</source>
        <translation>请指定报表：agents、service 或 complaints</translation>
    </message>
    <message>
        <source>%1 is not a report: agents, service or complaints</source>
        <translation>%1 不是报表类型：请使用 agents、service 或 complaints</translation>
    </message>
    <message>
        <source>--by applies to report service and report complaints</source>
        <translation>--by 仅适用于 report service 和 report complaints</translation>
    </message>
    <message>
        <source>--channel applies to report service</source>
        <translation>--channel 仅适用于 report service</translation>
    </message>
    <message>
        <source>--by: %1 is not category, root_cause, owner or team</source>
        <translation>--by：%1 不是 category、root_cause、owner 或 team</translation>
    </message>
    <message>
        <source>Show this in the pane first: complaints: a case id, or charts.</source>
        <translation>先在面板中显示此项：complaints：投诉编号，或 charts。</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <source>csv, json, xlsx or pdf. xlsx: an Excel workbook (agents: one sheet per view: scorecards, components, weekly trends, definitions); pdf (agents and complaints): a printable A4 report; agents: a team summary page and one page per agent with charts; complaints: a summary page with the figures and charts, the table by --by, then the overdue cases. Both need --out. Default: from the --out file&apos;s extension (.xlsx, .pdf), csv otherwise.</source>
        <translation>csv、json、xlsx 或 pdf。xlsx：Excel 工作簿（agents：每个视图一张工作表：绩效、分项、每周趋势、定义）；pdf（agents 和 complaints）：可打印的 A4 报告；agents：一页班组汇总，每位坐席一页并附图表；complaints：一页含数据和图表的汇总，然后是按 --by 分组的表格，最后是超时投诉。两者都需要 --out。默认：按 --out 文件的扩展名（.xlsx、.pdf），否则为 csv。</translation>
    </message>
    <message>
        <source>--format pdf is written for report agents and report complaints; use csv, json or xlsx here</source>
        <translation>--format pdf 仅用于 report agents 和 report complaints；此处请使用 csv、json 或 xlsx</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages; %3 overdue cases).</source>
        <translation>已写入 %1（%2 页；超时投诉 %3 件）。</translation>
    </message>
</context>
<context>
    <name>kefu::app::CommandLine</name>
    <message>
        <source>Fill a new, empty store with deterministic demo data.</source>
        <translation>向新的空数据库填入可复现的演示数据。</translation>
    </message>
    <message>
        <source>Check the store&apos;s integrity and schema version.</source>
        <translation>检查数据库的完整性和结构版本。</translation>
    </message>
    <message>
        <source>Write a consistent online copy of the store.</source>
        <translation>在线写入一份一致的数据库副本。</translation>
    </message>
    <message>
        <source>Render the window or a pane offscreen to a PNG file.</source>
        <translation>将窗口或面板离屏渲染为 PNG 文件。</translation>
    </message>
    <message>
        <source>Erlang C staffing.</source>
        <translation>按 Erlang C 测算人力。</translation>
    </message>
    <message>
        <source>Play a live contact feed.</source>
        <translation>播放实时会话数据源。</translation>
    </message>
    <message>
        <source>Manage users (admin).</source>
        <translation>管理用户（admin）。</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX file. KIND: agents, conversations, agent_states, shifts, qa_reviews, complaints, complaint_events, scripts.</source>
        <translation>导入 CSV 或 XLSX 文件。KIND：agents、conversations、agent_states、shifts、qa_reviews、complaints、complaint_events、scripts。</translation>
    </message>
    <message>
        <source>Create an empty store (the schema, no users).</source>
        <translation>创建一个空数据库（仅有数据结构，没有用户）。</translation>
    </message>
    <message>
        <source>Scorecard and service-level reports.</source>
        <translation>坐席绩效与服务水平报表。</translation>
    </message>
</context>
<context>
    <name>kefu::audit</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>kefu::complaints::CaseDetail</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>投诉已创建</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>指派给 %1</translation>
    </message>
    <message>
        <source>Transferred: %1 → %2</source>
        <translation>转交：%1 → %2</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact attempt</source>
        <translation>联系尝试</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>kefu::complaints::CaseListModel</name>
    <message>
        <source>%1 % or more of the time to acknowledge or resolve is used</source>
        <translation>受理或解决时限已用去 %1% 或以上</translation>
    </message>
    <message>
        <source>closed or rejected: no clock runs</source>
        <translation>已关闭或无效投诉：不再计时</translation>
    </message>
    <message>
        <source>past the time to acknowledge or resolve</source>
        <translation>已超过受理或解决时限</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 to acknowledge</source>
        <translation>距受理时限 %1</translation>
    </message>
    <message>
        <source>%1, paused</source>
        <translation>%1，已暂停</translation>
    </message>
    <message>
        <source>%1 to resolve</source>
        <translation>距解决时限 %1</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 已暂停</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止时间 %1</translation>
    </message>
    <message>
        <source>the resolve clock is paused while the customer decides</source>
        <translation>客户考虑期间，解决计时暂停</translation>
    </message>
    <message>
        <source>%1 · L%2</source>
        <translation>%1 · L%2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>kefu::complaints::CaseRules</name>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>方案已提出</translation>
    </message>
    <message>
        <source>awaiting feedback</source>
        <translation>待客户确认</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>无效投诉</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event kind (%2)</source>
        <translation>“%1”不是有效的事件类型（可选：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case state (%2)</source>
        <translation>“%1”不是有效的投诉状态（可选：%2）</translation>
    </message>
    <message>
        <source>the case is %1 at this time, not %2</source>
        <translation>该投诉此时的状态是“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>a case cannot go from %1 to %2</source>
        <translation>投诉不能从“%1”转为“%2”</translation>
    </message>
    <message>
        <source>acknowledging needs an owner first</source>
        <translation>受理前须先指定负责人</translation>
    </message>
    <message>
        <source>a proposal needs a root cause first</source>
        <translation>提出方案前须先填写根本原因</translation>
    </message>
    <message>
        <source>a proposal needs a resolution type first</source>
        <translation>提出方案前须先填写处理方式</translation>
    </message>
    <message>
        <source>a %1 needs an amount first</source>
        <translation>处理方式为 %1 时须先填写金额</translation>
    </message>
    <message>
        <source>closing needs the customer&apos;s feedback first</source>
        <translation>关闭前须先记录客户反馈</translation>
    </message>
    <message>
        <source>closing as unreachable needs at least two contact attempts (%1 recorded)</source>
        <translation>以“联系不上”（unreachable）关闭，至少需要两次联系记录（已记录 %1 次）</translation>
    </message>
    <message>
        <source>closing with an unsatisfied customer needs escalation level 2 or a supervisor&apos;s override note</source>
        <translation>客户不满意（unsatisfied）时关闭，须先升级到 2 级，或填写主管特批说明</translation>
    </message>
    <message>
        <source>rejecting needs a reason in the note</source>
        <translation>判为无效投诉须在备注中写明原因</translation>
    </message>
    <message>
        <source>the new owner is missing</source>
        <translation>缺少新的负责人</translation>
    </message>
    <message>
        <source>the case&apos;s owner at this time is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>该投诉此时的负责人是“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an escalation level (1, 2 or 3)</source>
        <translation>“%1”不是有效的升级级别（1、2 或 3）</translation>
    </message>
    <message>
        <source>the case is already at level %1; escalating must raise it</source>
        <translation>该投诉已处于 %1 级；升级必须提高级别</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a case (%2)</source>
        <translation>“%1”不是投诉的字段（可选：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a root cause (%2)</source>
        <translation>“%1”不是有效的根本原因（可选：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a resolution type (%2)</source>
        <translation>“%1”不是有效的处理方式（可选：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer feedback (%2)</source>
        <translation>“%1”不是有效的客户反馈（可选：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority (P1, P2, P3)</source>
        <translation>“%1”不是有效的优先级（P1、P2、P3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of 0 or more</source>
        <translation>“%1”不是大于等于 0 的金额</translation>
    </message>
    <message>
        <source>the case is at level %1 at this time, not %2</source>
        <translation>该投诉此时为 %1 级，而不是 %2 级</translation>
    </message>
    <message>
        <source>the case&apos;s %1 at this time is &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>该投诉此时的 %1 是“%2”，而不是“%3”</translation>
    </message>
</context>
<context>
    <name>kefu::complaints::ComplaintCharts</name>
    <message>
        <source>(no root cause)</source>
        <translation>（无根本原因）</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无分类）</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 小时</translation>
    </message>
    <message>
        <source>≥ %1 h</source>
        <translation>≥ %1 小时</translation>
    </message>
    <message>
        <source>3–7 d</source>
        <translation>3–7 天</translation>
    </message>
    <message>
        <source>≥ 7 d</source>
        <translation>≥ 7 天</translation>
    </message>
</context>
<context>
    <name>kefu::complaints::ComplaintService</name>
    <message>
        <source>Assign…</source>
        <translation>指派负责人…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Propose a resolution…</source>
        <translation>提出方案…</translation>
    </message>
    <message>
        <source>Send for the customer&apos;s confirmation</source>
        <translation>提交客户确认</translation>
    </message>
    <message>
        <source>Record a contact attempt…</source>
        <translation>记录联系尝试…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <source>Close with feedback…</source>
        <translation>记录反馈并关闭…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>判为无效投诉…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <source>A complaint needs a summary.</source>
        <translation>投诉必须填写摘要。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority (P1, P2, P3).</source>
        <translation>“%1”不是有效的优先级（P1、P2、P3）。</translation>
    </message>
    <message>
        <source>There is already a complaint %1.</source>
        <translation>投诉 %1 已存在。</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>投诉 %1 不存在。</translation>
    </message>
    <message>
        <source>Complaint %1 was changed by %2 at %3; reload it and try again.</source>
        <translation>投诉 %1 已被 %2 于 %3 修改；请重新加载后再试。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>A case that is %1 cannot be given &quot;%2&quot;.</source>
        <translation>处于“%1”状态的投诉不能执行“%2”。</translation>
    </message>
    <message>
        <source>Name the new owner.</source>
        <translation>请指定新的负责人。</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>备注为空，请填写内容。</translation>
    </message>
    <message>
        <source>Closing with an unsatisfied customer below escalation level 2 needs a team lead&apos;s override note; escalate the case or ask a team lead.</source>
        <translation>客户不满意且升级级别低于 2 级时，关闭投诉须有班组长的特批说明；请升级该投诉，或请班组长处理。</translation>
    </message>
    <message>
        <source>Complaint %1 is not about you: an agent works only on the complaints about them.</source>
        <translation>投诉 %1 与您无关：坐席只能处理针对自己的投诉。</translation>
    </message>
</context>
<context>
    <name>kefu::demo</name>
    <message>
        <source>The demo password could not be hashed.</source>
        <translation>无法计算演示密码的哈希。</translation>
    </message>
</context>
<context>
    <name>kefu::demo::DemoFloor</name>
    <message>
        <source>The demo data needs an open SQLite store.</source>
        <translation>写入演示数据需要一个已打开的 SQLite 数据库。</translation>
    </message>
    <message>
        <source>Simulating the contact floor</source>
        <translation>正在模拟客服现场</translation>
    </message>
</context>
<context>
    <name>kefu::format</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>kefu::importing::Importer</name>
    <message>
        <source>required, but empty</source>
        <translation>必填，但为空</translation>
    </message>
    <message>
        <source>%1: the file is empty; the first row must name the columns.</source>
        <translation>%1：文件为空；第一行必须是列名。</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>此列出现了两次</translation>
    </message>
    <message>
        <source>%1:%2: the header lacks required columns: %3. Nothing was imported.</source>
        <translation>%1:%2：表头缺少必需的列：%3。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1:%2: a column is named twice: %3. Nothing was imported.</source>
        <translation>%1:%2：列名重复：%3。未导入任何内容。</translation>
    </message>
    <message>
        <source>Importing needs a SQLite store.</source>
        <translation>导入需要 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The store cannot be written now: %1</source>
        <translation>当前无法写入数据库：%1</translation>
    </message>
    <message>
        <source>The store refused the import: %1</source>
        <translation>数据库拒绝了此次导入：%1</translation>
    </message>
    <message>
        <source>%1: the rejected rows cannot be written: %2</source>
        <translation>%1：无法写入被拒绝的行：%2</translation>
    </message>
    <message>
        <source>has %1 fields but the header names %2; the extra values would be lost</source>
        <translation>有 %1 个字段，但表头只有 %2 列；多出的值将会丢失</translation>
    </message>
    <message>
        <source>%1:%2: the store refused the import: %3. Nothing was imported.</source>
        <translation>%1:%2：数据库拒绝了此次导入：%3。未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1：%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>The store refused the import: %1. Nothing was imported.</source>
        <translation>数据库拒绝了此次导入：%1。未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are bad, so nothing was imported. Correct them, or import again choosing to import the good rows (--on-error skip) and write the bad ones to %1.</source>
        <translation>
            <numerusform>有 %n 行有问题，因此未导入任何内容。请更正这些行；或重新导入，选择只导入正确的行（--on-error skip），并将有问题的行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1. Nothing was imported.</source>
        <translation>无法保存导入结果：%1。未导入任何内容。</translation>
    </message>
    <message>
        <source>the store refused the row: %1</source>
        <translation>数据库拒绝了此行：%1</translation>
    </message>
    <message>
        <source>answered before it arrived (arrived_at is later)</source>
        <translation>接起时间早于进线时间（arrived_at 更晚）</translation>
    </message>
    <message>
        <source>ended before it was answered (answered_at is later)</source>
        <translation>结束时间早于接起时间（answered_at 更晚）</translation>
    </message>
    <message>
        <source>ended before it arrived (arrived_at is later)</source>
        <translation>结束时间早于进线时间（arrived_at 更晚）</translation>
    </message>
    <message>
        <source>abandoned before it arrived (arrived_at is later)</source>
        <translation>放弃时间早于进线时间（arrived_at 更晚）</translation>
    </message>
    <message>
        <source>an answered conversation needs the answering agent</source>
        <translation>已接起的会话必须填写接起的坐席</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>overlaps the agent&apos;s state that starts at %1 and has no end</source>
        <translation>与该坐席从 %1 开始且尚未结束的状态重叠</translation>
    </message>
    <message>
        <source>overlaps the agent&apos;s state from %1 to %2</source>
        <translation>与该坐席 %1 至 %2 的状态重叠</translation>
    </message>
    <message>
        <source>overlaps the agent&apos;s next state, which starts at %1</source>
        <translation>与该坐席从 %1 开始的下一个状态重叠</translation>
    </message>
    <message>
        <source>a shift must end after it starts</source>
        <translation>班次的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>changed by an import of %1</source>
        <translation>由导入 %1 修改</translation>
    </message>
    <message>
        <source>there is no complaint %1; import the complaints first</source>
        <translation>不存在投诉 %1；请先导入投诉</translation>
    </message>
    <message>
        <source>is before the complaint was created</source>
        <translation>早于投诉的创建时间</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Agent states</source>
        <translation>坐席状态</translation>
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
    <message numerus="yes">
        <source>Read %n rows (%1, %2).</source>
        <translation>
            <numerusform>已读取 %n 行（%1，%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何内容。</translation>
    </message>
    <message>
        <source>Inserted %1, updated %2, unchanged %3, rejected %4.</source>
        <translation>新增 %1，更新 %2，未变 %3，拒绝 %4。</translation>
    </message>
    <message numerus="yes">
        <source>Created %n agents that the file named but the store did not have (their id is their name).</source>
        <translation>
            <numerusform>已创建 %n 名文件中出现、但数据库中没有的坐席（以工号作为姓名）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>已忽略的列：%1</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1</source>
        <translation>被拒绝的行及原因：%1</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>the id %1 appears again: its first row is line %2; each id may appear once in a file</source>
        <translation>ID %1 重复出现：它首次出现在第 %2 行；同一文件中每个 ID 只能出现一次</translation>
    </message>
</context>
<context>
    <name>kefu::importing::ValueParser</name>
    <message>
        <source>&quot;%1&quot; is not a time; write YYYY-MM-DD HH:MM:SS, YYYY/MM/DD HH:MM:SS or ISO 8601 (2026-11-20T09:05:00+08:00)</source>
        <translation>“%1”不是时间；请写成 YYYY-MM-DD HH:MM:SS、YYYY/MM/DD HH:MM:SS 或 ISO 8601（2026-11-20T09:05:00+08:00）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a date but no time of day</source>
        <translation>“%1”只有日期，没有时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation>“%1”不是有效的日期时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 小于 %2</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 不在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no; write 1/0, yes/no or 是/否</source>
        <translation>“%1”不是“是”或“否”；请写成 1/0、yes/no 或 是/否</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
    </message>
</context>
<context>
    <name>kefu::io</name>
    <message>
        <source>There is nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>The rows to export could not be read.</source>
        <translation>无法读取要导出的行。</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log: %1</source>
        <translation>无法在审计日志中记录此次导出：%1</translation>
    </message>
    <message>
        <source>: unknown encoding &quot;%1&quot; (use UTF-8, UTF-16, UTF-16LE, UTF-16BE or GB18030)</source>
        <translation>：未知编码“%1”（请使用 UTF-8、UTF-16、UTF-16LE、UTF-16BE 或 GB18030）</translation>
    </message>
    <message>
        <source>: the separator cannot be a quote, a line break or a non-ASCII byte</source>
        <translation>：分隔符不能是引号、换行符或非 ASCII 字节</translation>
    </message>
    <message>
        <source>: this build of KefuDesk cannot decode GB18030</source>
        <translation>：此版本的 KefuDesk 无法解码 GB18030</translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation>读取错误（%1）</translation>
    </message>
    <message>
        <source>line %1: record longer than 16 MiB (unclosed quote?)</source>
        <translation>第 %1 行：记录超过 16 MiB（可能有未闭合的引号？）</translation>
    </message>
    <message>
        <source>line %1: quoted field opened here is never closed</source>
        <translation>第 %1 行：此处开始的带引号字段没有闭合</translation>
    </message>
    <message>
        <source>line %1: record has more than %2 fields</source>
        <translation>第 %1 行：记录的字段超过 %2 个</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>无法替换文件 %1。</translation>
    </message>
    <message>
        <source>: an Excel 97-2003 (.xls) or password-protected workbook; save it as .xlsx without a password, or as CSV</source>
        <translation>：这是 Excel 97-2003（.xls）或受密码保护的工作簿；请另存为不带密码的 .xlsx，或另存为 CSV</translation>
    </message>
    <message>
        <source>: cannot open (%1)</source>
        <translation>：无法打开（%1）</translation>
    </message>
    <message>
        <source>not a ZIP archive</source>
        <translation>不是 ZIP 压缩文件</translation>
    </message>
    <message>
        <source>not an XLSX workbook (%1)</source>
        <translation>不是 XLSX 工作簿（%1）</translation>
    </message>
    <message>
        <source>not an XLSX workbook (it has no %1)</source>
        <translation>不是 XLSX 工作簿（缺少 %1）</translation>
    </message>
    <message>
        <source>the workbook&apos;s first sheet (%1) is missing</source>
        <translation>工作簿的第一个工作表（%1）缺失</translation>
    </message>
    <message>
        <source>: the file looks like UTF-16 without a byte-order mark; save it as UTF-8 (or give its encoding: --encoding UTF-16LE or UTF-16BE)</source>
        <translation>：该文件似乎是不带字节顺序标记（BOM）的 UTF-16；请另存为 UTF-8（或指定其编码：--encoding UTF-16LE 或 UTF-16BE）</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence; if the file was saved as GBK/GB18030, choose the encoding GB18030 (--encoding GB18030)</source>
        <translation>无效的 UTF-8 字节序列；如果文件是以 GBK/GB18030 保存的，请选择编码 GB18030（--encoding GB18030）</translation>
    </message>
    <message>
        <source>invalid UTF-16 text (an unpaired surrogate or a missing byte)</source>
        <translation>无效的 UTF-16 文本（有未配对的代理项或缺少字节）</translation>
    </message>
    <message>
        <source>invalid GB18030 byte sequence; the file is neither UTF-8 nor GB18030; choose its encoding (--encoding)</source>
        <translation>无效的 GB18030 字节序列；该文件既不是 UTF-8 也不是 GB18030；请指定其编码（--encoding）</translation>
    </message>
    <message>
        <source>invalid GB18030 byte sequence</source>
        <translation>无效的 GB18030 字节序列</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>共享字符串 %1 不存在</translation>
    </message>
</context>
<context>
    <name>kefu::io::TableWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the file was opened already</source>
        <translation>文件已经打开</translation>
    </message>
    <message>
        <source>the file is not open for writing</source>
        <translation>文件未以写入方式打开</translation>
    </message>
    <message>
        <source>a CSV file holds one table; export %1 to XLSX or to a file of its own</source>
        <translation>一个 CSV 文件只能保存一张表；请将 %1 导出为 XLSX，或导出到单独的文件</translation>
    </message>
    <message>
        <source>no sheet was started</source>
        <translation>尚未开始任何工作表</translation>
    </message>
</context>
<context>
    <name>kefu::io::XlsxWriter</name>
    <message>
        <source>the workbook could not be started (out of memory)</source>
        <translation>无法创建工作簿（内存不足）</translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation>工作簿未打开</translation>
    </message>
    <message>
        <source>a sheet holds at most %1 columns</source>
        <translation>一个工作表最多只能有 %1 列</translation>
    </message>
    <message>
        <source>the sheet %1 could not be added (no room for its temporary file in %2?)</source>
        <translation>无法添加工作表 %1（%2 中是否没有空间存放其临时文件？）</translation>
    </message>
    <message>
        <source>no sheet was started</source>
        <translation>尚未开始任何工作表</translation>
    </message>
    <message>
        <source>the sheet %1 would have more than Excel&apos;s %2 rows; export to CSV instead</source>
        <translation>工作表 %1 将超过 Excel 的 %2 行上限；请改为导出 CSV</translation>
    </message>
</context>
<context>
    <name>kefu::live::AgentsModel</name>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>状态时长</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前会话</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>今日接待</translation>
    </message>
    <message>
        <source>AHT today</source>
        <translation>今日 AHT</translation>
    </message>
    <message>
        <source>on a break longer than the alert&apos;s %1</source>
        <translation>小休时长超过告警阈值 %1</translation>
    </message>
    <message>
        <source>AHT today over the target of %1</source>
        <translation>今日 AHT 超过目标 %1</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>已签出</translation>
    </message>
</context>
<context>
    <name>kefu::live::AlertsModel</name>
    <message>
        <source>%1: service level of this interval %2, target %3</source>
        <translation>%1：本时段服务水平 %2，目标 %3</translation>
    </message>
    <message>
        <source>%1: a contact has waited %2 (threshold %3)</source>
        <translation>%1：有客户已等待 %2（阈值 %3）</translation>
    </message>
    <message>
        <source>%1: on a break for %2 (threshold %3)</source>
        <translation>%1：小休已 %2（阈值 %3）</translation>
    </message>
    <message>
        <source>The data feed (%1) has sent nothing for %2</source>
        <translation>数据源（%1）已 %2 没有发送数据</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Acknowledged (%1)</source>
        <translation>已确认（%1）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解除</translation>
    </message>
    <message>
        <source>Cleared, not acknowledged</source>
        <translation>已解除，未确认</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>open and not acknowledged</source>
        <translation>未解除且未确认</translation>
    </message>
</context>
<context>
    <name>kefu::live::DrillDownModel</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>进线时间</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>处理时长</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>全部会话</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>及时接起</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>超时接起</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Short abandon</source>
        <translation>短时放弃</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
</context>
<context>
    <name>kefu::live::FeedSimulator</name>
    <message>
        <source>the simulator has begun already</source>
        <translation>模拟器已经启动</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>the simulator has not begun</source>
        <translation>模拟器尚未启动</translation>
    </message>
    <message>
        <source>could not start writing to the store: %1</source>
        <translation>无法开始写入数据库：%1</translation>
    </message>
    <message>
        <source>could not write the feed to the store: %1</source>
        <translation>无法将数据流写入数据库：%1</translation>
    </message>
</context>
<context>
    <name>kefu::live::FeedSimulator::Private</name>
    <message>
        <source>the store has no agents: run `kefudesk demo` or import agents first</source>
        <translation>数据库中没有坐席：请先运行 `kefudesk demo` 或导入坐席</translation>
    </message>
    <message>
        <source>the store has no active agents: import agents or mark some active first</source>
        <translation>数据库中没有在职坐席：请先导入坐席或将部分坐席设为在职</translation>
    </message>
    <message>
        <source>the store is not an open SQLite database</source>
        <translation>数据库不是已打开的 SQLite 数据库</translation>
    </message>
</context>
<context>
    <name>kefu::live::Forecast</name>
    <message>
        <source>The forecast multiplier must be above 0 and at most 20 (got %1).</source>
        <translation>预测倍数必须大于 0 且不超过 20（当前为 %1）。</translation>
    </message>
    <message>
        <source>The forecast needs a valid day and an interval that divides the day.</source>
        <translation>预测需要有效的日期，以及能整除一天的时段长度。</translation>
    </message>
</context>
<context>
    <name>kefu::live::QueueRatings</name>
    <message>
        <source>within the %1 threshold of %2</source>
        <translation>在%1阈值 %2 以内</translation>
    </message>
    <message>
        <source>past the %1 threshold of %2; the wait alert comes at %3</source>
        <translation>超过%1阈值 %2；等待达到 %3 时告警</translation>
    </message>
    <message>
        <source>past the wait alert&apos;s %3 (the %1 threshold is %2)</source>
        <translation>超过等待告警的 %3（%1阈值为 %2）</translation>
    </message>
    <message>
        <source>past the %1 threshold of %2</source>
        <translation>超过%1阈值 %2</translation>
    </message>
    <message>
        <source>at or above the target of %1</source>
        <translation>达到或高于目标 %1</translation>
    </message>
    <message>
        <source>under the target of %1 by 10 points or less</source>
        <translation>低于目标 %1，差距不超过 10 个百分点</translation>
    </message>
    <message>
        <source>more than 10 points under the target of %1</source>
        <translation>低于目标 %1 超过 10 个百分点</translation>
    </message>
    <message>
        <source>past the %1 threshold of %2, at most twice it</source>
        <translation>超过%1阈值 %2，但不超过其两倍</translation>
    </message>
    <message>
        <source>more than twice the %1 threshold of %2</source>
        <translation>超过%1阈值 %2 的两倍</translation>
    </message>
    <message>
        <source>contacts are waiting and no agent is available</source>
        <translation>有会话在排队，但没有空闲坐席</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>within the target range of %1</source>
        <translation>在目标范围 %1 以内</translation>
    </message>
    <message>
        <source>under the target range of %1</source>
        <translation>低于目标范围 %1</translation>
    </message>
    <message>
        <source>over the target range of %1</source>
        <translation>高于目标范围 %1</translation>
    </message>
</context>
<context>
    <name>kefu::live::WaitingModel</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Contact %1, arrived %2</source>
        <translation>会话 %1，进线于 %2</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>VIP (bold): served first</source>
        <translation>VIP（粗体）：优先接待</translation>
    </message>
</context>
<context>
    <name>kefu::maintenance</name>
    <message>
        <source>integrity: the check could not run: %1</source>
        <translation>完整性：无法执行检查：%1</translation>
    </message>
    <message>
        <source>integrity: ok (%1)</source>
        <translation>完整性：正常（%1）</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>foreign key: table %1 row %2 refers to a missing row of %3</source>
        <translation>外键：表 %1 第 %2 行引用了 %3 中不存在的行</translation>
    </message>
    <message>
        <source>foreign keys: ok</source>
        <translation>外键：正常</translation>
    </message>
    <message>
        <source>foreign key: %1 violations in all</source>
        <translation>外键：共 %1 处违规</translation>
    </message>
    <message>
        <source>schema: version %1 (current)</source>
        <translation>结构：版本 %1（最新）</translation>
    </message>
    <message>
        <source>schema: version %1; it is upgraded to %2 when opened for writing</source>
        <translation>结构：版本 %1；以可写方式打开时将升级到 %2</translation>
    </message>
    <message>
        <source>schema: version %1 is newer than this KefuDesk knows (%2)</source>
        <translation>结构：版本 %1 高于本版 KefuDesk 支持的版本（%2）</translation>
    </message>
    <message>
        <source>store: %1, %2 mode</source>
        <translation>数据库：%1，%2 模式</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name for the backup.</source>
        <translation>%1 已存在；请为备份另选一个文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The store connection is not an SQLite connection.</source>
        <translation>数据库连接不是 SQLite 连接。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
    <message>
        <source>schema: the check could not run: %1</source>
        <translation>数据结构：无法执行检查：%1</translation>
    </message>
    <message>
        <source>schema: %1 %2 is missing</source>
        <translation>数据结构：缺少 %1 %2</translation>
    </message>
    <message>
        <source>schema: %1 %2 is not the one KefuDesk made</source>
        <translation>数据结构：%1 %2 与 KefuDesk 创建的不一致</translation>
    </message>
    <message>
        <source>schema: %1 %2 was not made by KefuDesk</source>
        <translation>数据结构：%1 %2 不是 KefuDesk 创建的</translation>
    </message>
    <message>
        <source>schema: %1 tables, indexes, triggers and views as KefuDesk made them</source>
        <translation>数据结构：%1 个表、索引、触发器和视图均与 KefuDesk 创建的一致</translation>
    </message>
</context>
<context>
    <name>kefu::password</name>
    <message>
        <source>The password is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>密码太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password repeats too few different characters.</source>
        <translation>密码中不同的字符太少。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码不能包含用户名。</translation>
    </message>
</context>
<context>
    <name>kefu::qa::QaForms</name>
    <message>
        <source>There is no QA form version %1.</source>
        <translation>不存在质检表版本 %1。</translation>
    </message>
    <message>
        <source>There is no QA form %1.</source>
        <translation>不存在质检表 %1。</translation>
    </message>
    <message>
        <source>The form needs a name.</source>
        <translation>质检表必须有名称。</translation>
    </message>
    <message>
        <source>The name of a form can have at most %1 characters.</source>
        <translation>质检表名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The form has no items: add a section and at least one item to it.</source>
        <translation>质检表没有任何评分项：请添加一个板块，并在其中添加至少一个评分项。</translation>
    </message>
    <message>
        <source>Section %1 needs a title.</source>
        <translation>第 %1 个板块缺少标题。</translation>
    </message>
    <message>
        <source>The title of section %1 can have at most %2 characters.</source>
        <translation>第 %1 个板块的标题最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The weight of the section &quot;%1&quot; must be 0 or more.</source>
        <translation>板块“%1”的权重必须大于等于 0。</translation>
    </message>
    <message>
        <source>The section &quot;%1&quot; has no items: add one or remove the section.</source>
        <translation>板块“%1”没有评分项：请添加一项，或删除该板块。</translation>
    </message>
    <message>
        <source>Item %1 of the section &quot;%2&quot; needs a text.</source>
        <translation>板块“%2”的第 %1 项缺少内容。</translation>
    </message>
    <message>
        <source>The text of &quot;%1…&quot; can have at most %2 characters.</source>
        <translation>“%1…”的内容最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The weight of the item &quot;%1&quot; must be 0 or more.</source>
        <translation>评分项“%1”的权重必须大于等于 0。</translation>
    </message>
    <message>
        <source>No item counts towards the score: every item or its section has the weight 0. Give at least one item and its section a weight above 0.</source>
        <translation>没有任何评分项计入得分：每个评分项或其所在板块的权重均为 0。请至少为一个评分项及其所在板块设置大于 0 的权重。</translation>
    </message>
    <message>
        <source>There is a QA form named &quot;%1&quot; already.</source>
        <translation>已存在名为“%1”的质检表。</translation>
    </message>
    <message>
        <source>%1 saved version %2 of &quot;%3&quot; meanwhile. Revert to see it, then make your changes again.</source>
        <translation>在此期间，%1 已保存“%3”的版本 %2。请点击“还原”查看该版本，然后重新修改。</translation>
    </message>
</context>
<context>
    <name>kefu::qa::QaReviews</name>
    <message>
        <source>Choose the agent to review.</source>
        <translation>请选择要质检的坐席。</translation>
    </message>
    <message>
        <source>Give the conversation or the complaint that the review is about (at least one).</source>
        <translation>请填写此次质检针对的会话或投诉（至少填写一项）。</translation>
    </message>
    <message>
        <source>The notes can have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is no agent with the id %1.</source>
        <translation>不存在工号为 %1 的坐席。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>不存在会话 %1。</translation>
    </message>
    <message>
        <source>The conversation %1 was not answered by an agent: there is nothing to review.</source>
        <translation>会话 %1 没有坐席接起：没有可质检的内容。</translation>
    </message>
    <message>
        <source>The conversation %1 was handled by %2, not by %3.</source>
        <translation>会话 %1 由 %2 处理，而不是 %3。</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>不存在投诉 %1。</translation>
    </message>
    <message>
        <source>The form &quot;%1&quot; is retired: enter reviews with an active form.</source>
        <translation>质检表“%1”已停用：请使用启用中的质检表录入质检评分。</translation>
    </message>
    <message>
        <source>There is no QA review %1.</source>
        <translation>不存在质检评分 %1。</translation>
    </message>
    <message>
        <source>You may see your own QA reviews only.</source>
        <translation>您只能查看自己的质检评分。</translation>
    </message>
    <message>
        <source>No item is answered yet.</source>
        <translation>尚未对任何评分项评分。</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <source>Reviewed at (%1)</source>
        <translation>质检时间（%1）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>质检编号</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Recorded score</source>
        <translation>记录得分</translation>
    </message>
    <message>
        <source>Auto-fail</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>质检表</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>质检表版本</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>已评项数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The complaint %1 concerns %2, not %3.</source>
        <translation>投诉 %1 涉及的是 %2，不是 %3。</translation>
    </message>
</context>
<context>
    <name>kefu::qa::ReviewListModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Recorded as %1; a failed critical item counts as 0.</source>
        <translation>记录的得分为 %1；关键项不合格时按 0 分计。</translation>
    </message>
    <message>
        <source>Only the score of this review is known: its answers were not recorded.</source>
        <translation>此质检评分只有得分：未记录各项评定。</translation>
    </message>
    <message>
        <source>Imported without a form: only the score is known.</source>
        <translation>导入时未关联质检表：只有得分。</translation>
    </message>
    <message>
        <source>In the store&apos;s time zone, %1</source>
        <translation>按数据库时区 %1</translation>
    </message>
    <message>
        <source>0–100, as the agent metrics count it: a review with a failed critical item counts as 0.</source>
        <translation>0–100，与坐席指标的计算方式一致：关键项不合格的质检评分按 0 分计。</translation>
    </message>
    <message>
        <source>Reviewed at</source>
        <translation>质检时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Auto-fail</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>质检表</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Conversation / complaint</source>
        <translation>会话 / 投诉</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>质检编号</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>(imported)</source>
        <translation>（导入）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>kefu::qa::ReviewScorer</name>
    <message>
        <source>Item %1 is answered twice.</source>
        <translation>第 %1 项被回答了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not answered.</source>
        <translation>“%1”尚未评分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be marked not applicable.</source>
        <translation>“%1”不能标记为不适用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a value of its scale (%3 to %4).</source>
        <translation>“%1”：%2 不是该项评分尺度内的值（%3 到 %4）。</translation>
    </message>
    <message>
        <source>An answer names an item that is not on this form.</source>
        <translation>有评分项不在此质检表中。</translation>
    </message>
    <message>
        <source>No answered item carries weight: the review has no score.</source>
        <translation>没有带权重的已评分项：此次质检无法得出分数。</translation>
    </message>
</context>
<context>
    <name>kefu::scorecards::AgentProfile</name>
    <message>
        <source>no agent %1</source>
        <translation>不存在坐席 %1</translation>
    </message>
    <message>
        <source>no period from %1 to %2</source>
        <translation>无法构成从 %1 到 %2 的统计期</translation>
    </message>
</context>
<context>
    <name>kefu::scorecards::ScorecardBook</name>
    <message>
        <source>no period from %1 to %2</source>
        <translation>无法构成从 %1 到 %2 的统计期</translation>
    </message>
    <message>
        <source>at or better than the target</source>
        <translation>达到或优于目标</translation>
    </message>
    <message>
        <source>within 10 % of the target</source>
        <translation>与目标相差 10% 以内</translation>
    </message>
    <message>
        <source>more than 10 % off the target</source>
        <translation>与目标相差超过 10%</translation>
    </message>
    <message>
        <source>composite from 90</source>
        <translation>综合得分 90 及以上</translation>
    </message>
    <message>
        <source>composite from 80, under 90</source>
        <translation>综合得分 80 及以上、低于 90</translation>
    </message>
    <message>
        <source>composite under 80</source>
        <translation>综合得分低于 80</translation>
    </message>
    <message>
        <source>occupancy within its range</source>
        <translation>占用率在范围内</translation>
    </message>
    <message>
        <source>occupancy under its range</source>
        <translation>占用率低于范围</translation>
    </message>
    <message>
        <source>occupancy over its range</source>
        <translation>占用率高于范围</translation>
    </message>
    <message>
        <source>%1 (%2; %3)</source>
        <translation>%1（%2；%3）</translation>
    </message>
</context>
<context>
    <name>kefu::scorecards::ScorecardModel</name>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>接待量</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>4–5 %</source>
        <translation>4–5 分 %</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Transf.</source>
        <translation>转接</translation>
    </message>
    <message>
        <source>Occ. %</source>
        <translation>占用率 %</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>First-contact resolution (resolution)</source>
        <translation>首次解决率（解决）</translation>
    </message>
    <message>
        <source>Mean customer rating, 1 to 5 (satisfaction)</source>
        <translation>客户平均评分，1 到 5 分（满意度）</translation>
    </message>
    <message>
        <source>Share of ratings of 4 or 5</source>
        <translation>4 分或 5 分评价的占比</translation>
    </message>
    <message>
        <source>Number of ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Transfers per contact</source>
        <translation>平均转接次数</translation>
    </message>
    <message>
        <source>Occupancy: (busy + wrap-up) of (available + busy + wrap-up) time</source>
        <translation>占用率：（忙碌 + 话后）时长占（空闲 + 忙碌 + 话后）时长的比例</translation>
    </message>
    <message>
        <source>Adherence: scheduled time spent available, busy, in wrap-up, training or meetings (discipline)</source>
        <translation>排班遵从率：排班时间中处于空闲、忙碌、话后、培训或会议状态的比例（纪律）</translation>
    </message>
    <message>
        <source>Mean QA review score; an auto-failed review counts 0 (quality)</source>
        <translation>质检评分的平均得分；一票否决的质检评分按 0 分计（质量）</translation>
    </message>
    <message>
        <source>Weighted mean of the six component scores against their targets</source>
        <translation>六个分项相对各自目标所得分数的加权平均</translation>
    </message>
    <message>
        <source>%1: target %2, score %3 of 100</source>
        <translation>%1：目标 %2，得分 %3（满分 100）</translation>
    </message>
    <message>
        <source>%1: target %2 to %3</source>
        <translation>%1：目标 %2 至 %3</translation>
    </message>
    <message>
        <source>%1: the weighted mean of the component scores (0–100)</source>
        <translation>%1：各分项得分的加权平均（0–100）</translation>
    </message>
    <message>
        <source>#</source>
        <comment>compact column header: rank</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>In time %</source>
        <comment>compact column header</comment>
        <translation>及时率 %</translation>
    </message>
    <message>
        <source>ASA RT</source>
        <comment>compact column header: real-time ASA</comment>
        <translation>实时ASA</translation>
    </message>
    <message>
        <source>P90 RT</source>
        <comment>compact column header: real-time P90 wait</comment>
        <translation>实时P90</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>compact column header: e-mail reply time</comment>
        <translation>邮件回复</translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>compact column header</comment>
        <translation>AHT</translation>
    </message>
    <message>
        <source>FCR %</source>
        <comment>compact column header</comment>
        <translation>解决率 %</translation>
    </message>
    <message>
        <source>Adh. %</source>
        <comment>compact column header</comment>
        <translation>遵从率 %</translation>
    </message>
    <message>
        <source>Answered in time: within the threshold of each contact&apos;s own channel, of the contacts handled (responsiveness)</source>
        <translation>及时应答率：接待的会话中，在各自渠道阈值内应答的比例（响应）</translation>
    </message>
    <message>
        <source>Real-time ASA: average speed of answer of the chat, phone and social contacts (e-mail apart)</source>
        <translation>实时 ASA：在线、电话和社交媒体会话的平均应答时长（邮件单独统计）</translation>
    </message>
    <message>
        <source>Real-time P90: 90th percentile of the wait of the answered chat, phone and social contacts, nearest rank</source>
        <translation>实时 P90：已接起的在线、电话和社交媒体会话等待时长的 90 分位数（最近秩法）</translation>
    </message>
    <message>
        <source>E-mail reply time: mean wait of the answered e-mails until the reply</source>
        <translation>邮件回复时长：已回复邮件从进线到回复的平均等待时长</translation>
    </message>
    <message>
        <source>Average handle time: talk plus wrap-up (handling)</source>
        <translation>平均处理时长：通话加话后时长（处理）</translation>
    </message>
    <message>
        <source>Rank: 1 = best composite; ties by agent id</source>
        <translation>名次：1 = 综合得分最高；得分相同时按工号排序</translation>
    </message>
    <message>
        <source>Agent: name and ID</source>
        <translation>坐席：姓名和工号</translation>
    </message>
    <message>
        <source>Handled: contacts the agent answered</source>
        <translation>接待量：坐席接起的会话数</translation>
    </message>
</context>
<context>
    <name>kefu::scorecards::ScorecardReport</name>
    <message>
        <source>Agent ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>接待量</translation>
    </message>
    <message>
        <source>Response within target (%)</source>
        <translation>阈值内应答率 (%)</translation>
    </message>
    <message>
        <source>ASA (s)</source>
        <translation>平均应答时长 (秒)</translation>
    </message>
    <message>
        <source>90th percentile wait (s)</source>
        <translation>90 分位等待 (秒)</translation>
    </message>
    <message>
        <source>AHT (s)</source>
        <translation>平均处理时长 (秒)</translation>
    </message>
    <message>
        <source>FCR (%)</source>
        <translation>首次解决率 (%)</translation>
    </message>
    <message>
        <source>CSAT mean</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>CSAT top-2 (%)</source>
        <translation>满意度 4–5 分占比 (%)</translation>
    </message>
    <message>
        <source>CSAT responses</source>
        <translation>满意度评价数</translation>
    </message>
    <message>
        <source>Transfers per contact</source>
        <translation>平均转接次数</translation>
    </message>
    <message>
        <source>Occupancy (%)</source>
        <translation>占用率 (%)</translation>
    </message>
    <message>
        <source>Adherence (%)</source>
        <translation>排班遵从率 (%)</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
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
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>ASA</source>
        <translation>平均应答</translation>
    </message>
    <message>
        <source>90th percentile wait</source>
        <translation>90 分位等待</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>Real-time ASA (s)</source>
        <translation>实时平均应答时长 (秒)</translation>
    </message>
    <message>
        <source>Real-time 90th percentile wait (s)</source>
        <translation>实时 90 分位等待 (秒)</translation>
    </message>
    <message>
        <source>E-mail reply time (s)</source>
        <translation>邮件回复时长 (秒)</translation>
    </message>
    <message>
        <source>asa_s: mean wait of all answered contacts, e-mail included (metrics.md); e-mail&apos;s waits of hours swamp it, so the window and the PDF show the real-time ASA and the e-mail reply time instead</source>
        <translation>asa_s：所有已接起会话（含邮件）的平均等待时长（metrics.md）；邮件的等待以小时计，会淹没其他渠道的数值，因此窗口和 PDF 改为显示实时平均应答时长和邮件回复时长</translation>
    </message>
    <message>
        <source>p90_wait_s: nearest-rank 90th percentile of the wait of all answered contacts, e-mail included</source>
        <translation>p90_wait_s：所有已接起会话（含邮件）等待时长的 90 分位数（最近秩法）</translation>
    </message>
    <message>
        <source>asa_realtime_s: mean wait of the answered chat, phone and social contacts (a KefuDesk column after the spec&apos;s)</source>
        <translation>asa_realtime_s：已接起的在线、电话和社交媒体会话的平均等待时长（KefuDesk 在规范列之后增加的列）</translation>
    </message>
    <message>
        <source>p90_realtime_s: nearest-rank 90th percentile of the same waits: the value at position ⌈0.9·n⌉ in ascending order (a KefuDesk column)</source>
        <translation>p90_realtime_s：同一组等待时长的 90 分位数（最近秩法）：按升序排列后第 ⌈0.9·n⌉ 个值（KefuDesk 增加的列）</translation>
    </message>
    <message>
        <source>email_reply_s: mean wait of the answered e-mails, from arrival to the reply (a KefuDesk column)</source>
        <translation>email_reply_s：已回复邮件从进线到回复的平均等待时长（KefuDesk 增加的列）</translation>
    </message>
</context>
<context>
    <name>kefu::scorecards::ScorecardXlsx</name>
    <message>
        <source>Scorecards</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>分项</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Team mean score</source>
        <translation>班组平均得分</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>分项得分</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Weekly trends</source>
        <translation>每周趋势</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>local days of the store&apos;s time zone, both included</source>
        <translation>按数据库时区的本地日期，首尾两天均包含</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Σ(weight × score) / Σ(weight) over the components whose metric is not empty</source>
        <translation>Σ(权重 × 得分) / Σ(权重)，只计指标不为空的分项</translation>
    </message>
    <message>
        <source>Component score</source>
        <translation>分项得分</translation>
    </message>
    <message>
        <source>0–100 against the target: higher is better min(100, 100 × value / target); lower is better min(100, 100 × target / value)</source>
        <translation>相对目标的 0–100 分：越高越好的指标为 min(100, 100 × 数值 / 目标)；越低越好的指标为 min(100, 100 × 目标 / 数值)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Target — %1</source>
        <translation>目标 — %1</translation>
    </message>
    <message>
        <source>Weight — %1</source>
        <translation>权重 — %1</translation>
    </message>
    <message>
        <source>Response threshold — %1</source>
        <translation>应答阈值 — %1</translation>
    </message>
    <message>
        <source>seconds: answered within it counts as on time</source>
        <translation>秒：在此时间内应答即为及时</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>green: on target; amber: within 10 % of the target; red: further (composite: green from 90, amber from 80)</source>
        <translation>绿色：达标；琥珀色：与目标相差 10% 以内；红色：差距更大（综合得分：90 起为绿色，80 起为琥珀色）</translation>
    </message>
</context>
<context>
    <name>kefu::sql</name>
    <message>
        <source>The store file is damaged: part of it cannot be read. Stop entering data, keep the file as it is, and restore the store from your latest backup; `kefudesk check` lists what is damaged.</source>
        <translation>数据库文件已损坏：部分内容无法读取。请停止录入数据，保留该文件原样，并用最近的备份恢复数据库；`kefudesk check` 会列出损坏的部分。</translation>
    </message>
    <message>
        <source>The store is open for reading only, so nothing was changed.</source>
        <translation>数据库以只读方式打开，因此未做任何更改。</translation>
    </message>
    <message>
        <source>The store is busy: another desktop or program kept it locked for longer than 30 seconds. Nothing was changed; try again in a moment.</source>
        <translation>数据库正忙：另一个桌面端或程序锁定它已超过 30 秒。未做任何更改；请稍后再试。</translation>
    </message>
    <message>
        <source>The disk that holds the store is full, so nothing was saved. Free some space and try again.</source>
        <translation>存放数据库的磁盘已满，因此未保存任何内容。请释放一些空间后再试。</translation>
    </message>
    <message>
        <source>The store file could not be read or written (a disk or network error). Check the disk or the network share, then run `kefudesk check`.</source>
        <translation>无法读写数据库文件（磁盘或网络错误）。请检查磁盘或网络共享，然后运行 `kefudesk check`。</translation>
    </message>
    <message>
        <source>The store file cannot be opened: it is missing, you may not read it, or its folder cannot be written.</source>
        <translation>无法打开数据库文件：文件不存在、您没有读取权限，或其所在文件夹不可写。</translation>
    </message>
    <message>
        <source>The system refused access to the store file (permission denied).</source>
        <translation>系统拒绝访问数据库文件（权限不足）。</translation>
    </message>
    <message>
        <source>There was not enough memory for this; close other programs and try again.</source>
        <translation>内存不足，无法完成此操作；请关闭其他程序后再试。</translation>
    </message>
</context>
<context>
    <name>kefu::sql::SqliteStatement</name>
    <message>
        <source>the connection is not a SQLite connection</source>
        <translation>该连接不是 SQLite 连接</translation>
    </message>
</context>
<context>
    <name>kefu::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>for signing in, without spaces</source>
        <translation>用于登录，不含空格</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>the agent&apos;s id in the contact data, e.g. A0012</source>
        <translation>会话数据中的坐席工号，例如 A0012</translation>
    </message>
    <message>
        <source>An agent sees their own scorecard only: the one of this agent id.</source>
        <translation>坐席只能查看自己的绩效，即此工号的绩效。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>A&amp;gent id:</source>
        <translation>工号(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
</context>
<context>
    <name>kefu::ui::AgentDetail</name>
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
        <source>assistant</source>
        <translation>助理客服</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>高级客服</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>专家客服</translation>
    </message>
    <message>
        <source>not certified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>&amp;Weekly trend:</source>
        <translation>每周趋势(&amp;W)：</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>answered in time (%)</source>
        <translation>阈值内应答率 (%)</translation>
    </message>
    <message>
        <source>FCR (%)</source>
        <translation>首次解决率 (%)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>满意度 (1–5)</translation>
    </message>
    <message>
        <source>QA score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <source>adherence (%)</source>
        <translation>排班遵从率 (%)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>接待量</translation>
    </message>
    <message>
        <source>Component scores against the team</source>
        <translation>分项得分与班组对比</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team mean</source>
        <translation>班组平均</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>QA reviews (%1)</source>
        <translation>质检评分（%1）</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>投诉（%1）</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>质检时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Auto-fail</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Contact / case</source>
        <translation>会话 / 投诉</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Choose an agent in the table</source>
        <translation>请在表格中选择一名坐席</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Could not read the agent: %1</source>
        <translation>无法读取坐席：%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>班组：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Certification: %1</source>
        <translation>认证：%1</translation>
    </message>
    <message>
        <source>Skill level %1</source>
        <translation>技能等级 %1</translation>
    </message>
    <message>
        <source>Hired %1</source>
        <translation>入职于 %1</translation>
    </message>
    <message>
        <source>Rank %1, composite %2</source>
        <translation>排名 %1，综合得分 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Auto-fail: a critical item failed, so the review counts 0 (recorded score %1)</source>
        <translation>一票否决：有关键项不合格，此次质检评分计为 0（录入得分 %1）</translation>
    </message>
    <message>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>Answered in time %1 · real-time ASA %2, P90 %3 · e-mail reply time %4</source>
        <translation>及时应答 %1 · 实时平均应答 %2，P90 %3 · 邮件回复时长 %4</translation>
    </message>
    <message>
        <source>In time: within the threshold of each contact&apos;s own channel. Real-time: chat, phone and social. E-mail is apart: its waits of hours would swamp the real-time figures.</source>
        <translation>及时：在各会话所属渠道的阈值内应答。实时：在线、电话和社交媒体。邮件单独统计：其等待以小时计，会淹没实时数值。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Both days included, counted in the store&apos;s time zone (%1).</source>
        <translation>包含起止两天，按数据库时区（%1）计算。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>%1* (all of them)</source>
        <translation>%1*（全部）</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries are shown; more load as you scroll.</source>
        <translation>
            <numerusform>显示最新的 %n 条记录；滚动时加载更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filters.</source>
        <translation>
            <numerusform>共 %n 条记录符合筛选条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write every entry that matches the filters to a CSV file or an Excel workbook; the export is recorded in the log.</source>
        <translation>将符合筛选条件的所有记录写入 CSV 文件或 Excel 工作簿；此次导出会记入审计日志。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::CaseActionDialog</name>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Level 1 · front line</source>
        <translation>1 级 · 一线客服</translation>
    </message>
    <message>
        <source>Level 2 · senior / QA</source>
        <translation>2 级 · 高级客服 / 质检</translation>
    </message>
    <message>
        <source>Level 3 · manager</source>
        <translation>3 级 · 经理</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>尚无负责人</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Give the case to the person who will see it through.</source>
        <translation>将投诉指派给负责跟进到底的人。</translation>
    </message>
    <message>
        <source>Give the case to another owner. %1 owns it now; the change counts as a transfer.</source>
        <translation>将投诉交给其他负责人。当前负责人是 %1；此次变更计为一次转交。</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>新负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>who takes the case</source>
        <translation>接手此投诉的人</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>optional: why the case changes hands</source>
        <translation>可选：更换负责人的原因</translation>
    </message>
    <message>
        <source>Take the case: it needs an owner, and the customer should hear that the complaint was received.</source>
        <translation>受理投诉：须指定负责人，并告知客户投诉已收到。</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Withdraw the offer: the case goes back to investigating.</source>
        <translation>撤回方案：投诉退回“处理中”。</translation>
    </message>
    <message>
        <source>optional: why the offer is withdrawn</source>
        <translation>可选：撤回方案的原因</translation>
    </message>
    <message>
        <source>The customer refused the offer: the case goes back to investigating.</source>
        <translation>客户拒绝了方案：投诉退回“处理中”。</translation>
    </message>
    <message>
        <source>optional: what the customer said</source>
        <translation>可选：客户的意见</translation>
    </message>
    <message>
        <source>Start establishing the cause; ask other departments where needed.</source>
        <translation>开始查明原因；必要时请其他部门协助。</translation>
    </message>
    <message>
        <source>The cause found and the resolution offered to the customer. A refund, a coupon or a compensation needs its amount.</source>
        <translation>填写查明的根本原因和向客户提出的处理方式。退款、优惠券或补偿须填写金额。</translation>
    </message>
    <message>
        <source>Root &amp;cause:</source>
        <translation>根本原因(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>处理方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>optional: what was agreed, who was asked</source>
        <translation>可选：商定的内容、咨询了谁</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1，金额 %2</translation>
    </message>
    <message>
        <source>Offer: %1.</source>
        <translation>方案：%1。</translation>
    </message>
    <message>
        <source>Ask the customer to accept it. While the case waits for the customer, its resolve clock stands still.</source>
        <translation>请客户确认是否接受。投诉等待客户确认期间，解决计时暂停。</translation>
    </message>
    <message>
        <source>optional: how the customer was asked</source>
        <translation>可选：以何种方式询问客户</translation>
    </message>
    <message numerus="yes">
        <source>Record an attempt to reach the customer, answered or not (%n attempt(s) so far). Closing a case as unreachable needs at least two.</source>
        <translation>
            <numerusform>记录一次联系客户的尝试，无论是否联系上（目前已尝试 %n 次）。以“联系不上”关闭投诉至少需要两次。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>联系情况(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. no answer, phone switched off, reached and told the status</source>
        <translation>例如：无人接听、关机、已联系上并告知进展</translation>
    </message>
    <message>
        <source>A note in the case&apos;s history; it cannot be changed later.</source>
        <translation>备注会记入投诉的历史记录，之后不能修改。</translation>
    </message>
    <message>
        <source>Close the case with the customer&apos;s feedback.</source>
        <translation>记录客户反馈并关闭投诉。</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;feedback:</source>
        <translation>客户反馈(&amp;F)：</translation>
    </message>
    <message>
        <source>End the case as an invalid complaint. The reason stays in the case&apos;s history.</source>
        <translation>将投诉判为无效投诉并结束。原因会保留在投诉的历史记录中。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>why the complaint is invalid</source>
        <translation>判为无效投诉的原因</translation>
    </message>
    <message>
        <source>The case goes back to investigating and counts as reopened.</source>
        <translation>投诉退回“处理中”，并计为重开一次。</translation>
    </message>
    <message>
        <source>why the case is reopened, e.g. the customer called back</source>
        <translation>重新打开的原因，例如客户再次来电</translation>
    </message>
    <message>
        <source>Raise the case to a higher level; the owner may change with it.</source>
        <translation>将投诉升级到更高级别；负责人可随之更换。</translation>
    </message>
    <message>
        <source>New &amp;level:</source>
        <translation>新级别(&amp;L)：</translation>
    </message>
    <message>
        <source>optional: %1 keeps it</source>
        <translation>可选：留空则仍由 %1 负责</translation>
    </message>
    <message>
        <source>optional: why the case is escalated</source>
        <translation>可选：升级的原因</translation>
    </message>
    <message numerus="yes">
        <source>%n contact attempt(s) recorded; closing as unreachable needs at least two.</source>
        <translation>
            <numerusform>已记录 %n 次联系尝试；以“联系不上”关闭至少需要两次。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is at level %1. Closing with an unsatisfied customer below level 2 needs a supervisor&apos;s override note, and only a team lead or an administrator may give one. Otherwise escalate the case first.</source>
        <translation>该投诉处于 %1 级。客户不满意且级别低于 2 级时，关闭须有主管的特批说明，且只有班组长或管理员可以填写。否则请先升级该投诉。</translation>
    </message>
    <message>
        <source>&amp;Override note:</source>
        <translation>特批说明(&amp;O)：</translation>
    </message>
    <message>
        <source>why the case may close without escalation</source>
        <translation>无需升级即可关闭的理由</translation>
    </message>
    <message>
        <source>Name the new owner.</source>
        <translation>请指定新的负责人。</translation>
    </message>
    <message>
        <source>%1 owns the case already: name another owner.</source>
        <translation>%1 已是此投诉的负责人：请指定其他负责人。</translation>
    </message>
    <message>
        <source>Name the owner who takes the case.</source>
        <translation>请指定接手此投诉的负责人。</translation>
    </message>
    <message>
        <source>Choose the root cause.</source>
        <translation>请选择根本原因。</translation>
    </message>
    <message>
        <source>Choose the resolution type.</source>
        <translation>请选择处理方式。</translation>
    </message>
    <message>
        <source>Enter the amount: a refund, a coupon or a compensation needs one.</source>
        <translation>请填写金额：退款、优惠券或补偿须填写金额。</translation>
    </message>
    <message>
        <source>The amount is not a number: write it like 120.50.</source>
        <translation>金额不是数字：请按 120.50 的格式填写。</translation>
    </message>
    <message>
        <source>Say what happened when the customer was called or written to.</source>
        <translation>请说明致电或发消息给客户时的情况。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s feedback.</source>
        <translation>请选择客户反馈。</translation>
    </message>
    <message numerus="yes">
        <source>Record at least two contact attempts before closing as unreachable (%n so far).</source>
        <translation>
            <numerusform>以“联系不上”关闭前，至少需记录两次联系尝试（目前 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the override note, or escalate the case to level 2 first.</source>
        <translation>请填写特批说明，或先将投诉升级到 2 级。</translation>
    </message>
    <message>
        <source>Give the reason the complaint is invalid.</source>
        <translation>请填写判为无效投诉的原因。</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>请说明重新打开的原因。</translation>
    </message>
    <message>
        <source>The case is at the highest level already.</source>
        <translation>该投诉已处于最高级别。</translation>
    </message>
    <message>
        <source>e.g. 120.50</source>
        <translation>例如 120.50</translation>
    </message>
    <message>
        <source>only for a refund, coupon or compensation</source>
        <translation>仅用于退款、优惠券或补偿</translation>
    </message>
</context>
<context>
    <name>kefu::ui::CaseDetailView</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>进线时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>acknowledged in time</source>
        <translation>按时受理</translation>
    </message>
    <message>
        <source>acknowledged late</source>
        <translation>受理超时</translation>
    </message>
    <message>
        <source>resolved in time</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <source>resolved late</source>
        <translation>解决超时</translation>
    </message>
    <message>
        <source>Ended.</source>
        <translation>已结束。</translation>
    </message>
    <message>
        <source>Ended: %1.</source>
        <translation>已结束：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — 截止 %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Customer&apos;s other cases</source>
        <translation>该客户的其他投诉</translation>
    </message>
    <message>
        <source>No case chosen</source>
        <translation>未选择投诉</translation>
    </message>
    <message>
        <source>The case could not be read</source>
        <translation>无法读取投诉</translation>
    </message>
    <message>
        <source>Choose a case in the list to see its timeline and act on it.</source>
        <translation>在列表中选择一件投诉，即可查看其时间线并进行处理。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>（无摘要）</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>负责人 %1</translation>
    </message>
    <message numerus="yes">
        <source>reopened %n time(s)</source>
        <translation>
            <numerusform>已重开 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Alt+Shift+%1</source>
        <translation>Alt+Shift+%1</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>无可用操作</translation>
    </message>
    <message>
        <source>A rejected case has ended.</source>
        <translation>无效投诉已结束。</translation>
    </message>
    <message>
        <source>Your role may read this case but not act on it.</source>
        <translation>您的角色可以查看此投诉，但不能处理。</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, team %1</source>
        <translation>，班组 %1</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>根本原因：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>处理方式：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Customer feedback:</source>
        <translation>客户反馈：</translation>
    </message>
    <message>
        <source>Reject reason:</source>
        <translation>无效原因：</translation>
    </message>
    <message>
        <source>Contact attempts:</source>
        <translation>联系尝试：</translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation>转交次数：</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>关闭时间：</translation>
    </message>
    <message>
        <source>Customer&apos;s time:</source>
        <translation>客户考虑时间：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>The case was opened from this conversation.</source>
        <translation>此投诉由该会话创建。</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>会话（%1）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this case.</source>
        <translation>双击或按 Enter 打开此投诉。</translation>
    </message>
    <message>
        <source>Customer&apos;s other cases (%1)</source>
        <translation>该客户的其他投诉（%1）</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>&amp;Role of %1:</source>
        <translation>%1 的角色(&amp;R)：</translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next sign-in.</source>
        <translation>新角色将在该用户下次登录时生效。</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>更改角色(&amp;C)</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ComplaintChartsView</name>
    <message>
        <source>%1 cases opened in the period: %2 closed, %3 rejected, %4 open. Acknowledged in time %5, resolved in time %6, median %7 h to close, satisfied %8. Click a bar to list its cases.</source>
        <translation>本期新增投诉 %1 件：已关闭 %2 件，无效投诉 %3 件，未结 %4 件。按时受理率 %5，按时解决率 %6，关闭用时中位数 %7 小时，满意率 %8。点击柱形可列出对应的投诉。</translation>
    </message>
    <message>
        <source>Click a bar to list its cases.</source>
        <translation>点击柱形可列出对应的投诉。</translation>
    </message>
    <message>
        <source>Cases by category (Pareto)</source>
        <translation>按分类的投诉数（帕累托）</translation>
    </message>
    <message numerus="yes">
        <source>Cases by root cause (Pareto; %n without one yet)</source>
        <translation>
            <numerusform>按根本原因的投诉数（帕累托；%n 件尚无根本原因）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Time from opening to closing (closed cases)</source>
        <translation>从创建到关闭的用时（已关闭的投诉）</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>已关闭的投诉</translation>
    </message>
    <message>
        <source>SLA met per week (cases opened in the week)</source>
        <translation>每周 SLA 达成率（按当周新增的投诉）</translation>
    </message>
    <message>
        <source>Acknowledged in time</source>
        <translation>按时受理率</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>按时解决率</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ComplaintExport</name>
    <message>
        <source>no period from %1 to %2</source>
        <translation>无法构成从 %1 到 %2 的统计期</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ComplaintPdf</name>
    <message>
        <source>KefuDesk · complaints report · %1 · generated %2 (%3)</source>
        <translation>KefuDesk · 投诉报表 · %1 · 生成于 %2（%3）</translation>
    </message>
    <message>
        <source>Complaints report</source>
        <translation>投诉报表</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新增投诉</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>无效投诉</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>当前未结</translation>
    </message>
    <message>
        <source>Acknowledged on time</source>
        <translation>按时受理率</translation>
    </message>
    <message>
        <source>Resolved on time</source>
        <translation>按时解决率</translation>
    </message>
    <message>
        <source>Median hours to close</source>
        <translation>关闭用时中位数（小时）</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重开率</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Transfers per case</source>
        <translation>平均转交次数</translation>
    </message>
    <message>
        <source>Cases created %1 · generated %2 · time zone %3</source>
        <translation>创建于 %1 的投诉 · 生成于 %2 · 时区 %3</translation>
    </message>
    <message>
        <source>The cases created in the period</source>
        <translation>本期创建的投诉</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>The cases created in the period, with their outcomes as of %1. Acknowledged on time: of the acknowledged cases, the share acknowledged by their due; resolved on time: of the closed cases, the share closed by their due (moved out by the time the customer took to decide); reopened and satisfied: of the closed cases; hours to close: from creation to the last closing; transfers: per opened case. &quot;%2&quot;: no case to count.</source>
        <translation>统计本期创建的投诉，结果截至 %1。按时受理率：已受理的投诉中在受理时限内受理的比例；按时解决率：已关闭的投诉中在解决时限内关闭的比例（时限按客户考虑的时间顺延）；重开率和满意率：以已关闭的投诉为基数；关闭用时：从创建到最后一次关闭；转交次数：按新增投诉平均。“%2”：没有可计的投诉。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The figures by %1 follow on the next page.</source>
        <translation>按%1的数据见下一页。</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>其余 %1 项</translation>
    </message>
    <message>
        <source>%1 cases without a root cause yet are not counted.</source>
        <translation>另有 %1 件尚无根本原因的投诉未计入。</translation>
    </message>
    <message>
        <source>cases (left axis)</source>
        <translation>投诉数（左轴）</translation>
    </message>
    <message>
        <source>cumulative share (right axis)</source>
        <translation>累计占比（右轴）</translation>
    </message>
    <message>
        <source>80 % of the cases</source>
        <translation>80% 的投诉</translation>
    </message>
    <message>
        <source>the rest, summed</source>
        <translation>其余合计</translation>
    </message>
    <message>
        <source>No cases in this period.</source>
        <translation>本期没有投诉。</translation>
    </message>
    <message>
        <source>Time from creation to closing</source>
        <translation>从创建到关闭的用时</translation>
    </message>
    <message>
        <source>closed cases</source>
        <translation>已关闭的投诉</translation>
    </message>
    <message>
        <source>No closed cases in this period.</source>
        <translation>本期没有已关闭的投诉。</translation>
    </message>
    <message>
        <source>On time per week</source>
        <translation>每周按时率</translation>
    </message>
    <message>
        <source>acknowledged on time</source>
        <translation>按时受理</translation>
    </message>
    <message>
        <source>resolved on time</source>
        <translation>按时解决</translation>
    </message>
    <message>
        <source>No case acknowledged or closed in this period.</source>
        <translation>本期没有已受理或已关闭的投诉。</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <source>By %1 (continued)</source>
        <translation>按%1（续）</translation>
    </message>
    <message>
        <source>Overdue cases at %1: %2</source>
        <translation>截至 %1 的超时投诉：%2 件</translation>
    </message>
    <message>
        <source>Open cases past their due at %1, whatever their creation date, most overdue first. Due: the time to acknowledge for a case not yet acknowledged, else the time to resolve (moved out by the time the customer took to decide). %2.</source>
        <translation>截至 %1 已超过时限的未结投诉（不论创建日期），超时最久的在前。截止时间：尚未受理的投诉为受理时限，其余为解决时限（按客户考虑的时间顺延）。%2。</translation>
    </message>
    <message>
        <source>Overdue cases at %1 (continued)</source>
        <translation>截至 %1 的超时投诉（续）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>超时时长</translation>
    </message>
    <message>
        <source>No overdue cases.</source>
        <translation>没有超时的投诉。</translation>
    </message>
    <message>
        <source>%1 · L%2</source>
        <translation>%1 · L%2</translation>
    </message>
    <message>
        <source>no period from %1 to %2</source>
        <translation>无法构成从 %1 到 %2 的统计期</translation>
    </message>
    <message>
        <source>Complaints report %1</source>
        <translation>投诉报表 %1</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ComplaintsPane</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Created &amp;in:</source>
        <translation>创建时间(&amp;I)：</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新建投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a complaint by hand (Ctrl+N). From a conversation: Open a complaint… in the queue monitor&apos;s contact lists.</source>
        <translation>手动录入投诉（Ctrl+N）。从会话创建：在队列监控的会话列表中使用“创建投诉…”。</translation>
    </message>
    <message>
        <source>Your role may read complaints but not record them.</source>
        <translation>您的角色可以查看投诉，但不能录入。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>The complaint report of this period (the same as `kefudesk report complaints`): CSV, XLSX, or a PDF with the charts and the overdue cases. Ctrl+Shift+E</source>
        <translation>此统计期的投诉报表（与 `kefudesk report complaints` 相同）：CSV、XLSX，或附图表和超时投诉的 PDF。Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>SLA &amp;hours…</source>
        <translation>SLA 时限(&amp;H)…</translation>
    </message>
    <message>
        <source>Change the hours allowed to acknowledge and resolve per priority.</source>
        <translation>按优先级修改受理和解决的时限（小时）。</translation>
    </message>
    <message>
        <source>See the hours allowed to acknowledge and resolve (team leads and administrators change them).</source>
        <translation>查看受理和解决的时限（由班组长和管理员修改）。</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>显示这些投诉</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>确认(&amp;K)</translation>
    </message>
    <message>
        <source>Mark these notices as seen (Ctrl+K); a case that becomes overdue later raises a new one.</source>
        <translation>将这些提醒标记为已确认（Ctrl+K）；之后再有投诉超时会产生新的提醒。</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>投诉列表(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>Near due or overdue</source>
        <translation>即将到期或已超时</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <source>P1 urgent</source>
        <translation>P1 紧急</translation>
    </message>
    <message>
        <source>P2 high</source>
        <translation>P2 高</translation>
    </message>
    <message>
        <source>P3 normal</source>
        <translation>P3 普通</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>All root causes</source>
        <translation>全部根本原因</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team of the agent the complaint is about</source>
        <translation>被投诉坐席所在的班组</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Search summary, description, customer, order or case (Ctrl+F)</source>
        <translation>搜索摘要、描述、客户、订单或投诉编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅已超时(&amp;O)</translation>
    </message>
    <message>
        <source>Show every case again, not only the chart&apos;s bar</source>
        <translation>重新显示全部投诉，而不仅是图表中所选柱形的投诉</translation>
    </message>
    <message>
        <source>Near due</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>于%1关闭</translation>
    </message>
    <message>
        <source>%1–%2 h after opening</source>
        <translation>创建后 %1–%2 小时</translation>
    </message>
    <message>
        <source>%1 h or more after opening</source>
        <translation>创建后 %1 小时或更久</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>正在读取投诉…</translation>
    </message>
    <message>
        <source>The cases could not be read: %1</source>
        <translation>无法读取投诉：%1</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown; scroll for more.</source>
        <translation>已显示 %2 件中的 %1 件；向下滚动查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共 %n 件投诉。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cases per state with the filters other than the state: %1 in all.</source>
        <translation>按状态统计的投诉数（应用状态以外的筛选条件）：共 %1 件。</translation>
    </message>
    <message>
        <source>The charts could not be read: %1</source>
        <translation>无法读取图表：%1</translation>
    </message>
    <message>
        <source>%1 overdue and %2 near-due cases need attention.</source>
        <translation>%1 件投诉已超时、%2 件即将到期，需要处理。</translation>
    </message>
    <message>
        <source>New: %1%2</source>
        <translation>新提醒：%1%2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>(seen)</source>
        <translation>（已确认）</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>投诉 %1 不存在。</translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>请先选择一件投诉。</translation>
    </message>
    <message>
        <source>%1: %2 done.</source>
        <translation>%1：已完成“%2”。</translation>
    </message>
    <message>
        <source>Complaint %1 recorded.</source>
        <translation>已录入投诉 %1。</translation>
    </message>
    <message>
        <source>Export the complaint report</source>
        <translation>导出投诉报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF document (*.pdf);;CSV for Excel (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF 文档 (*.pdf);;适用于 Excel 的 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>The counts per state could not be read: %1</source>
        <translation>无法读取各状态的数量：%1</translation>
    </message>
    <message>
        <source>%1 cases shown; scroll for more.</source>
        <translation>已显示 %1 件；向下滚动查看更多。</translation>
    </message>
    <message>
        <source>KefuDesk complaints</source>
        <translation>KefuDesk 投诉闭环</translation>
    </message>
    <message>
        <source>%1 (%2) is overdue: %3</source>
        <translation>%1（%2）已超时：%3</translation>
    </message>
    <message>
        <source>%1 (%2) is near due: %3</source>
        <translation>%1（%2）即将到期：%3</translation>
    </message>
    <message>
        <source>Complaint notice</source>
        <translation>投诉提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n new notices; the first: %1</source>
        <translation>
            <numerusform>%n 条新提醒；第一条：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The notices could not be read: %1</source>
        <translation>无法读取到期提醒：%1</translation>
    </message>
</context>
<context>
    <name>kefu::ui::DrillDownDialog</name>
    <message>
        <source>Reading the contacts…</source>
        <translation>正在读取会话…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>The contacts could not be read: %1</source>
        <translation>无法读取会话：%1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n contacts (there are more).</source>
        <translation>
            <numerusform>前 %n 条会话（还有更多）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts.</source>
        <translation>
            <numerusform>%n 条会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a &amp;complaint…</source>
        <translation>创建投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a complaint case from the selected contact (%1).</source>
        <translation>从所选会话创建投诉（%1）。</translation>
    </message>
    <message>
        <source>Select one contact to open a complaint from it.</source>
        <translation>请选择一条会话，以便从中创建投诉。</translation>
    </message>
    <message>
        <source>Complaint %1 opened from contact %2.</source>
        <translation>已从会话 %2 创建投诉 %1。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::FirstAdminDialog</name>
    <message>
        <source>First administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>Who administers this store?</source>
        <translation>由谁管理此数据库？</translation>
    </message>
    <message>
        <source>The administrator adds the other users and decides what each may do. Once there is an administrator, everyone signs in and every change is recorded under a name.&lt;br&gt;&lt;br&gt;Without one, the store stays single-user: anyone who opens the file may do everything. You can add an administrator later under Tools → Users.</source>
        <translation>管理员负责添加其他用户，并决定每个人的权限。设立管理员后，所有人都需登录，每项更改都会记录在操作人名下。&lt;br&gt;&lt;br&gt;如果不设管理员，数据库保持单用户模式：任何打开此文件的人都可以执行所有操作。之后可以在“工具 → 用户”中添加管理员。</translation>
    </message>
    <message>
        <source>for signing in, e.g. wangfang</source>
        <translation>用于登录，例如 wangfang</translation>
    </message>
    <message>
        <source>as colleagues see it, e.g. Wang Fang</source>
        <translation>同事看到的名字，例如 王芳</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Add administrator</source>
        <translation>添加管理员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep single-user</source>
        <translation>保持单用户(&amp;K)</translation>
    </message>
    <message>
        <source>This store has users already: sign in instead.</source>
        <translation>此数据库已设有用户：请直接登录。</translation>
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
    <name>kefu::ui::ImportPreviewPage</name>
    <message>
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>How the file&apos;s columns are read, and its first rows. Nothing is written yet.</source>
        <translation>文件各列的读取方式及前几行数据。此时尚未写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>The file cannot be read as a table.</source>
        <translation>无法将此文件读取为表格。</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1（自动检测）</translation>
    </message>
    <message>
        <source>%1 (as chosen)</source>
        <translation>%1（手动选择）</translation>
    </message>
    <message>
        <source>Format: %1 · Encoding: %2 · Separator: tab</source>
        <translation>格式：%1 · 编码：%2 · 分隔符：制表符</translation>
    </message>
    <message>
        <source>Format: %1 · Encoding: %2 · Separator: comma</source>
        <translation>格式：%1 · 编码：%2 · 分隔符：逗号</translation>
    </message>
    <message>
        <source>Format: %1 (first sheet)</source>
        <translation>格式：%1（第一个工作表）</translation>
    </message>
    <message>
        <source>The file lacks required columns: %1. Add them to its first row (in English or Chinese) and choose it again.</source>
        <translation>文件缺少必需的列：%1。请在文件第一行加上这些列名（英文或中文均可），然后重新选择该文件。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1（已忽略）</translation>
    </message>
    <message>
        <source>No column of this kind is called “%1”: the column is not imported.</source>
        <translation>此类数据没有名为“%1”的列：该列不会导入。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The file&apos;s column “%1” fills %2.</source>
        <translation>文件中的“%1”列将填入 %2。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n rows (numbered by their line in the file):</source>
        <translation>
            <numerusform>前 %n 行（编号为其在文件中的行号）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored: %1. No column of this kind has these names; they are not imported.</source>
        <translation>已忽略：%1。此类数据没有这些名称的列，它们不会导入。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The file is read, checked and written in one transaction.</source>
        <translation>文件的读取、检查和写入在同一个事务中完成。</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>停止导入(&amp;S)</translation>
    </message>
    <message>
        <source>Stop reading the file; the store stays as it was.</source>
        <translation>停止读取文件；数据库保持原样。</translation>
    </message>
    <message>
        <source>Nothing is kept until the whole file has been read and checked: stopping, or a crash, leaves the store as it was before the import.</source>
        <translation>整个文件读取并检查完毕之前不会保存任何内容：中途停止或程序崩溃，数据库都会保持导入前的状态。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Stopping the import; the store is being left as it was…</source>
        <translation>正在停止导入；数据库将保持原样…</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ImportSourcePage</name>
    <message>
        <source>Choose what to import</source>
        <translation>选择要导入的内容</translation>
    </message>
    <message>
        <source>One file of one kind. Headers may be in English or Chinese; the order of the columns does not matter.</source>
        <translation>每次导入一个文件、一种数据。表头可以是英文或中文；列的顺序不限。</translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation>数据类型(&amp;K)：</translation>
    </message>
    <message>
        <source>A CSV, TSV or XLSX file</source>
        <translation>CSV、TSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Automatic (detect)</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (with a byte order mark)</source>
        <translation>UTF-16（带字节顺序标记）</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Excel on Chinese Windows)</source>
        <translation>GB18030 / GBK（中文版 Windows 上的 Excel）</translation>
    </message>
    <message>
        <source>How the text of a CSV file is encoded. Automatic recognises UTF-8, UTF-16 with a byte order mark and GB18030. XLSX files need no choice.</source>
        <translation>CSV 文件文本的编码。自动检测可识别 UTF-8、带字节顺序标记的 UTF-16 和 GB18030。XLSX 文件无需选择。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>When some rows are bad</source>
        <translation>部分行有问题时</translation>
    </message>
    <message>
        <source>Import n&amp;othing (abort) and list the problems</source>
        <translation>不导入任何内容（中止），并列出问题(&amp;O)</translation>
    </message>
    <message>
        <source>Every column is optional.</source>
        <translation>所有列均为可选。</translation>
    </message>
    <message>
        <source>The first row must name these columns: %1.</source>
        <translation>第一行必须包含以下列名：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Also read: %1.</source>
        <translation>可选的列：%1。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 是文件夹；请选择文件。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Import the &amp;good rows and write the bad ones, with their reasons, to a .rejects.csv file beside it</source>
        <translation>导入正确的行，并将有问题的行及原因写入同一文件夹下的 .rejects.csv 文件(&amp;G)</translation>
    </message>
    <message>
        <source>Import the &amp;good rows and write the bad ones, with their reasons, to %1</source>
        <translation>导入正确的行，并将有问题的行及原因写入 %1(&amp;G)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What the import did, and every problem with its line in the file.</source>
        <translation>导入结果，以及每个问题及其在文件中的行号。</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>未变：</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>拒绝：</translation>
    </message>
    <message>
        <source>Agents created:</source>
        <translation>新建坐席：</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons:</source>
        <translation>被拒绝的行及原因：</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Cop&amp;y problems</source>
        <translation>复制问题(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy every listed problem as FILE:LINE: column: reason, one per line.</source>
        <translation>复制列出的所有问题，每行一个，格式为 FILE:LINE: column: reason。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The import of %1 was stopped. Nothing was written to the store.</source>
        <translation>%1 的导入已停止。未向数据库写入任何内容。</translation>
    </message>
    <message>
        <source>%1 was not imported. Nothing was written to the store.</source>
        <translation>%1 未导入。未向数据库写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported, except %n bad rows.</source>
        <translation>
            <numerusform>%1 已导入，但有 %n 行因有问题未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 已导入。</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are bad, so nothing was imported. Correct them and import the file again; or choose “Import another file…”, then “Import the good rows…” to import the others and write the bad ones to %1.</source>
        <translation>
            <numerusform>有 %n 行有问题，因此未导入任何内容。请更正这些行后重新导入该文件；或者点击“再导入一个文件…”，然后选择“导入正确的行…”，导入其余的行，并将有问题的行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns (no column of this kind has their names): %1.</source>
        <translation>已忽略的列（此类数据没有这些名称的列）：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation>问题（%1）(&amp;P)：</translation>
    </message>
    <message>
        <source>… and %1 more, not listed.</source>
        <translation>… 另有 %1 个问题未列出。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>The rejected rows are in %1.</source>
        <translation>被拒绝的行已写入 %1。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Import &amp;another file…</source>
        <translation>再导入一个文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>要停止导入吗？</translation>
    </message>
    <message>
        <source>The import is still running. Stop it and close? Nothing of this file will be written to the store.</source>
        <translation>导入仍在进行中。要停止并关闭吗？此文件的任何内容都不会写入数据库。</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>停止并关闭(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Continue importing</source>
        <translation>继续导入(&amp;C)</translation>
    </message>
</context>
<context>
    <name>kefu::ui::IntradayChart</name>
    <message>
        <source>Contacts per interval</source>
        <translation>各时段进线量</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>进线</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Agents per interval</source>
        <translation>各时段坐席数</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已签入</translation>
    </message>
    <message>
        <source>Required (Erlang C)</source>
        <translation>所需（Erlang C）</translation>
    </message>
    <message>
        <source>Click an interval to list its contacts.</source>
        <translation>点击某个时段，查看其中的会话。</translation>
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
    <message>
        <source>Sign &amp;out / Switch user…</source>
        <translation>退出登录/切换用户(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>Add users, disable them, reset passwords and change roles</source>
        <translation>添加和停用用户、重置密码、更改角色</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Who changed what and when; exportable</source>
        <translation>谁在何时更改了什么；可导出</translation>
    </message>
    <message>
        <source>Signed out. Sign in to see this store&apos;s data.</source>
        <translation>已退出登录。登录后即可查看此数据库的数据。</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Signed in as %1. File → Sign out / Switch user… signs out.</source>
        <translation>当前登录：%1。选择“文件 → 退出登录/切换用户…”可退出登录。</translation>
    </message>
    <message>
        <source>End the session of %1 and sign in again, as the same or another user</source>
        <translation>结束 %1 的会话，以同一用户或其他用户重新登录</translation>
    </message>
    <message>
        <source>This store has no users, so nobody signs in. Add an administrator under Tools → Users to require sign-in.</source>
        <translation>此数据库未设用户，因此无需登录。在“工具 → 用户”中添加管理员后即需登录。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>View without sign-in</source>
        <translation>未登录查看</translation>
    </message>
    <message>
        <source>This window only shows the store; it was opened without signing in.</source>
        <translation>此窗口仅用于查看数据库，打开时未登录。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import conversations, agents, shifts and more from a CSV or XLSX file</source>
        <translation>从 CSV 或 XLSX 文件导入会话、坐席、班次等数据</translation>
    </message>
    <message>
        <source>QA &amp;reviews…</source>
        <translation>质检评分(&amp;R)…</translation>
    </message>
    <message>
        <source>The QA reviews of the agents: filter, read, export, and score a new one</source>
        <translation>坐席的质检评分：筛选、查看、导出，以及新建评分</translation>
    </message>
    <message>
        <source>QA &amp;forms…</source>
        <translation>质检表(&amp;F)…</translation>
    </message>
    <message>
        <source>The QA forms: sections, items, weights, scales, critical items; versioned</source>
        <translation>质检表：板块、评分项、权重、评分尺度、关键项；按版本保存</translation>
    </message>
    <message>
        <source>Feed %1: silent, data as of %2</source>
        <translation>数据源 %1：已中断，数据截至 %2</translation>
    </message>
    <message>
        <source>Feed %1: live</source>
        <translation>数据源 %1：实时</translation>
    </message>
    <message>
        <source>The live data feed writes a watermark every second; the queue monitor shows the floor as of its last one.</source>
        <translation>实时数据源每秒写入一次时间水位；队列监控显示截至最近一次水位的现场数据。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::NewCaseDialog</name>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>P1 · urgent</source>
        <translation>P1 · 紧急</translation>
    </message>
    <message>
        <source>P2 · high</source>
        <translation>P2 · 高</translation>
    </message>
    <message>
        <source>P3 · normal</source>
        <translation>P3 · 普通</translation>
    </message>
    <message>
        <source>Urgent: safety, legal or media. Acknowledge within %1, resolve within %2.</source>
        <translation>紧急：涉及安全、法律或媒体。须在 %1 内受理，%2 内解决。</translation>
    </message>
    <message>
        <source>High. Acknowledge within %1, resolve within %2.</source>
        <translation>高。须在 %1 内受理，%2 内解决。</translation>
    </message>
    <message>
        <source>Normal. Acknowledge within %1, resolve within %2.</source>
        <translation>普通。须在 %1 内受理，%2 内解决。</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>A complaint is a case: it gets an owner, a clock by its priority and an ending with the customer&apos;s feedback.</source>
        <translation>每件投诉都按工单处理：指定负责人，按优先级计时，最后以客户反馈结案。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>optional: the conversation it came from</source>
        <translation>可选：投诉来源的会话</translation>
    </message>
    <message>
        <source>Con&amp;versation:</source>
        <translation>会话(&amp;V)：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>the platform&apos;s customer id</source>
        <translation>平台上的客户编号</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>订单(&amp;R)：</translation>
    </message>
    <message>
        <source>optional: the id of the agent the complaint is about</source>
        <translation>可选：被投诉坐席的工号</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>坐席(&amp;G)：</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>what the customer complains about, in one line</source>
        <translation>客户投诉的内容，一句话概括</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>分类(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>optional: what happened, what the customer asks for</source>
        <translation>可选：事情经过、客户的诉求</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>optional: who takes the case</source>
        <translation>可选：接手此投诉的人</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Open the complaint</source>
        <translation>创建投诉(&amp;O)</translation>
    </message>
    <message>
        <source>The conversation the complaint is opened from.</source>
        <translation>创建此投诉所依据的会话。</translation>
    </message>
    <message>
        <source>Write a one-line summary of the complaint.</source>
        <translation>请用一句话填写投诉摘要。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::NewPasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>At least %1 characters, with at least 3 different ones, not containing the user name.</source>
        <translation>至少 %1 个字符，其中至少有 3 个不同的字符，且不能包含用户名。</translation>
    </message>
    <message>
        <source>Type the password again to confirm it.</source>
        <translation>再次输入密码以确认。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The password is acceptable.</source>
        <translation>密码符合要求。</translation>
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
    <name>kefu::ui::PdfPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>a PDF needs the graphical application (QGuiApplication) for its fonts</source>
        <translation>生成 PDF 需要图形应用程序（QGuiApplication）以使用字体</translation>
    </message>
    <message>
        <source>the A4 page layout was refused</source>
        <translation>A4 页面布局被拒绝</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法开始写入 PDF</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>无法新建页面</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>无法完成 PDF</translation>
    </message>
</context>
<context>
    <name>kefu::ui::PermissionLabels</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Only %1 may %2.</source>
        <translation>仅%1可以%2。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Single-user store</source>
        <translation>单用户数据库</translation>
    </message>
    <message>
        <source>This store has no users: anyone who opens the file may do everything, and changes are recorded under the name of the computer&apos;s user. Add an administrator under Tools → Users to require sign-in.</source>
        <translation>此数据库未设用户：任何打开此文件的人都可以执行所有操作，更改会记录在本机系统用户名下。在“工具 → 用户”中添加管理员后即需登录。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::QaFormsDialog</name>
    <message>
        <source>QA forms[*]</source>
        <translation>质检表[*]</translation>
    </message>
    <message>
        <source>%1 You can look at the forms here, but not change them.</source>
        <translation>%1您可以在此查看质检表，但不能修改。</translation>
    </message>
    <message>
        <source>The store is open read-only: the forms cannot be changed.</source>
        <translation>数据库以只读方式打开：不能修改质检表。</translation>
    </message>
    <message>
        <source>Saving a changed form makes a new version. Reviews keep the version they were entered with, so their scores never change.</source>
        <translation>保存修改后的质检表会生成新版本。质检评分保留录入时所用的版本，因此其得分永远不会改变。</translation>
    </message>
    <message>
        <source>&amp;Forms:</source>
        <translation>质检表(&amp;F)：</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>质检表</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New form</source>
        <translation>新建质检表(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Older versions are shown read-only: the reviews entered with them keep them.</source>
        <translation>旧版本以只读方式显示：用这些版本录入的质检评分会一直保留它们。</translation>
    </message>
    <message>
        <source>Section / item</source>
        <translation>板块 / 评分项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>评分尺度</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>允许不适用</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>The item&apos;s share of the score: its weight times its section&apos;s, of the total over all items.</source>
        <translation>该项在得分中的占比：其权重乘以所在板块的权重，占所有评分项总和的比例。</translation>
    </message>
    <message>
        <source>A critical item answered with its lowest value makes the whole review 0 (auto-fail).</source>
        <translation>关键项评为最低值时，整次质检评分为 0 分（一票否决）。</translation>
    </message>
    <message>
        <source>Whether the reviewer may mark the item not applicable; it then drops out of the score.</source>
        <translation>质检员是否可以将该项标记为不适用；标记后该项不计入得分。</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>添加板块(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>添加评分项(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the section or item (Del)</source>
        <translation>删除所选板块或评分项（Del）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>0 or more. An item counts with its weight times its section&apos;s weight.</source>
        <translation>大于等于 0。评分项按其权重乘以所在板块的权重计入得分。</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>评分尺度(&amp;C)：</translation>
    </message>
    <message>
        <source>N/A a&amp;llowed</source>
        <translation>允许不适用(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;ritical</source>
        <translation>关键项(&amp;R)</translation>
    </message>
    <message>
        <source>W&amp;eight:</source>
        <translation>权重(&amp;E)：</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Forget the changes and show the saved version again</source>
        <translation>放弃修改，重新显示已保存的版本</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the form as a new version (Ctrl+S)</source>
        <translation>将质检表保存为新版本（Ctrl+S）</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s); version %1 saved %2 by %3</source>
        <translation>
            <numerusform>%n 个评分项；版本 %1 由 %3 于 %2 保存</numerusform>
        </translation>
    </message>
    <message>
        <source>The store has no QA form yet: start one with New form.</source>
        <translation>数据库中还没有质检表：请点击“新建质检表”创建。</translation>
    </message>
    <message>
        <source>The store has no QA form yet.</source>
        <translation>数据库中还没有质检表。</translation>
    </message>
    <message>
        <source>v%1 (latest)</source>
        <translation>v%1（最新）</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, saved %2 by %3. %n review(s) entered with it.</source>
        <translation>
            <numerusform>版本 %1，由 %3 于 %2 保存。用此版本录入的质检评分有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>An older version, shown read-only; choose the latest one to edit the form.</source>
        <translation>这是旧版本，以只读方式显示；要编辑质检表，请选择最新版本。</translation>
    </message>
    <message>
        <source>The form is retired: it is not offered for new reviews.</source>
        <translation>此质检表已停用：不再用于新的质检评分。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新板块</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新评分项</translation>
    </message>
    <message>
        <source>New QA form</source>
        <translation>新质检表</translation>
    </message>
    <message>
        <source>A new form: it is saved as version 1.</source>
        <translation>新质检表：将保存为版本 1。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Choose a section or an item to edit it.</source>
        <translation>选择一个板块或评分项进行编辑。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Item of &quot;%1&quot;</source>
        <translation>“%1”的评分项</translation>
    </message>
    <message>
        <source>An older version cannot be changed: choose the latest version to edit the form.</source>
        <translation>旧版本不能修改：要编辑质检表，请选择最新版本。</translation>
    </message>
    <message>
        <source>Nothing to save: the form is as saved.</source>
        <translation>无需保存：质检表没有改动。</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as version 1.</source>
        <translation>已将“%1”保存为版本 1。</translation>
    </message>
    <message>
        <source>Saved version %1 of &quot;%2&quot;; reviews entered before keep version %3.</source>
        <translation>已保存“%2”的版本 %1；此前录入的质检评分仍使用版本 %3。</translation>
    </message>
    <message>
        <source>Renamed the form to &quot;%1&quot;.</source>
        <translation>已将质检表重命名为“%1”。</translation>
    </message>
    <message>
        <source>The changes were forgotten.</source>
        <translation>已放弃修改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again: it is offered for new reviews.</source>
        <translation>“%1”已重新启用：可用于新的质检评分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired: it is no longer offered for new reviews; its reviews keep it.</source>
        <translation>“%1”已停用：不再用于新的质检评分；已有的质检评分仍保留它。</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>重新启用(&amp;T)</translation>
    </message>
    <message>
        <source>Offer the form no longer for new reviews; its reviews keep it.</source>
        <translation>不再将此质检表用于新的质检评分；已有的质检评分仍保留它。</translation>
    </message>
    <message>
        <source>Offer the form for new reviews again.</source>
        <translation>重新将此质检表用于新的质检评分。</translation>
    </message>
    <message>
        <source>QA forms</source>
        <translation>质检表</translation>
    </message>
    <message>
        <source>The new form &quot;%1&quot; is not saved yet.</source>
        <translation>新质检表“%1”尚未保存。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unsaved changes.</source>
        <translation>“%1”有未保存的修改。</translation>
    </message>
    <message>
        <source>Save them as a new version, or discard them?</source>
        <translation>要将修改保存为新版本，还是放弃修改？</translation>
    </message>
</context>
<context>
    <name>kefu::ui::QaReviewDialog</name>
    <message>
        <source>New QA review</source>
        <translation>新建质检评分</translation>
    </message>
    <message>
        <source>The store is open read-only: reviews cannot be entered.</source>
        <translation>数据库以只读方式打开：不能录入质检评分。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>agent id or name</source>
        <translation>工号或姓名</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>坐席(&amp;A)：</translation>
    </message>
    <message>
        <source>the id of the conversation reviewed</source>
        <translation>被质检的会话编号</translation>
    </message>
    <message>
        <source>C&amp;onversation:</source>
        <translation>会话(&amp;O)：</translation>
    </message>
    <message>
        <source>or the id of the complaint</source>
        <translation>或投诉编号</translation>
    </message>
    <message>
        <source>Co&amp;mplaint:</source>
        <translation>投诉(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>质检表(&amp;F)：</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>What went well, what to coach; the agent can read it.</source>
        <translation>做得好的地方、需要辅导的地方；坐席可以看到此内容。</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>保存评分(&amp;S)</translation>
    </message>
    <message>
        <source>Another form starts the review again: the answers given so far are lost.</source>
        <translation>换用其他质检表将重新开始评分：已填写的评定将会丢失。</translation>
    </message>
    <message>
        <source>Change the form</source>
        <translation>更换质检表</translation>
    </message>
    <message>
        <source>There is no active QA form. QA staff and team leads make forms under QA forms.</source>
        <translation>没有启用中的质检表。质检员和班组长可以在“质检表”中创建。</translation>
    </message>
    <message>
        <source>Choose a form.</source>
        <translation>请选择质检表。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 of the score</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; 占得分的 %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <source>Critical: the lowest value makes the whole review 0 (auto-fail).</source>
        <translation>关键项：评为最低值时，整次质检评分为 0 分（一票否决）。</translation>
    </message>
    <message>
        <source>The item&apos;s share of the score</source>
        <translation>该项在得分中的占比</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not applicable: the item drops out of the score.</source>
        <translation>不适用：该项不计入得分。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>不存在会话 %1。</translation>
    </message>
    <message>
        <source>Nobody answered %1: there is nothing to review.</source>
        <translation>会话 %1 无人接起：没有可质检的内容。</translation>
    </message>
    <message>
        <source>Handled by %1.</source>
        <translation>由 %1 处理。</translation>
    </message>
    <message>
        <source>Handled by %1, not by the agent chosen.</source>
        <translation>由 %1 处理，而不是所选坐席。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) answered</source>
        <translation>
            <numerusform>已评 %1 / %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>The score over the items answered so far.</source>
        <translation>按目前已评的项计算的得分。</translation>
    </message>
    <message numerus="yes">
        <source>Auto-fail: %n critical item(s) failed (%1), so the review scores 0.</source>
        <translation>
            <numerusform>一票否决：%n 个关键项不合格（%1），因此此次质检评分为 0 分。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>There is no active QA form to review with.</source>
        <translation>没有可用于评分的启用中质检表。</translation>
    </message>
    <message numerus="yes">
        <source>Answer every item before saving: %n item(s) still open, the first is &quot;%1&quot;.</source>
        <translation>
            <numerusform>保存前请对每一项评分：还有 %n 项未评，第一项是“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>This review is not saved: its answers and notes will be lost.</source>
        <translation>此质检评分尚未保存：其中的评定和备注将会丢失。</translation>
    </message>
    <message>
        <source>&amp;Discard the review</source>
        <translation>放弃此评分(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>kefu::ui::QaReviewsDialog</name>
    <message>
        <source>QA review %1</source>
        <translation>质检评分 %1</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>质检编号：</translation>
    </message>
    <message>
        <source>Reviewed at:</source>
        <translation>质检时间：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>坐席：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>质检员：</translation>
    </message>
    <message>
        <source>Conversation:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <source>Complaint:</source>
        <translation>投诉：</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>质检表：</translation>
    </message>
    <message>
        <source>none (imported)</source>
        <translation>无（导入）</translation>
    </message>
    <message>
        <source>%1 — auto-fail: a critical item failed (recorded as %2)</source>
        <translation>%1 — 一票否决：关键项不合格（记录的得分为 %2）</translation>
    </message>
    <message>
        <source>%1 — auto-fail: a critical item failed</source>
        <translation>%1 — 一票否决：关键项不合格</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>得分：</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>评定</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>The answer on 0–100</source>
        <translation>评定折算为 0–100 分</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1（关键项）</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未评</translation>
    </message>
    <message>
        <source>Only the score of this review is known: its answers were not recorded (it was imported from a file, for example).</source>
        <translation>此质检评分只有得分：未记录各项评定（例如它是从文件导入的）。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <source>Both days included, counted in the store&apos;s time zone (%1).</source>
        <translation>包含起止两天，按数据库时区（%1）计算。</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>全部质检员</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>全部质检表</translation>
    </message>
    <message>
        <source>The score as the agent metrics count it: a review with a failed critical item counts as 0. Both ends included.</source>
        <translation>按坐席指标的计算方式取得分：关键项不合格的质检评分按 0 分计。包含上下限。</translation>
    </message>
    <message>
        <source>A&amp;uto-fail only</source>
        <translation>仅一票否决(&amp;U)</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>统计期(&amp;P)：</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>坐席(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>质检员(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>得分(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>质检表(&amp;F)：</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation>新建评分(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the answers of the selected review (Enter, double-click)</source>
        <translation>显示所选质检评分的各项评定（Enter 或双击）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Score an agent&apos;s conversation or complaint with a QA form</source>
        <translation>用质检表为坐席的会话或投诉评分</translation>
    </message>
    <message>
        <source>The store is open read-only.</source>
        <translation>数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>Write every review that matches the filters to a CSV file or an Excel workbook; the export is recorded in the audit log.</source>
        <translation>将符合筛选条件的所有质检评分写入 CSV 文件或 Excel 工作簿；此次导出会记入审计日志。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Reading the reviews…</source>
        <translation>正在读取质检评分…</translation>
    </message>
    <message>
        <source>The reviews could not be read: %1</source>
        <translation>无法读取质检评分：%1</translation>
    </message>
    <message>
        <source>No review matches the filters.</source>
        <translation>没有符合筛选条件的质检评分。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %n reviews that match the filters are shown.</source>
        <translation>
            <numerusform>共 %n 条质检评分符合筛选条件，显示最新的 %1 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) match the filters.</source>
        <translation>
            <numerusform>共 %n 条质检评分符合筛选条件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean score %1; %n auto-fail(s).</source>
        <translation>
            <numerusform>平均得分 %1；一票否决 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>You see your own reviews only.</source>
        <translation>您只能看到自己的质检评分。</translation>
    </message>
    <message>
        <source>Export the QA reviews</source>
        <translation>导出质检评分</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::QaTexts</name>
    <message>
        <source>Pass / fail</source>
        <translation>合格 / 不合格</translation>
    </message>
    <message>
        <source>3-point (0–2)</source>
        <translation>3 级（0–2）</translation>
    </message>
    <message>
        <source>5-point (1–5)</source>
        <translation>5 级（1–5）</translation>
    </message>
    <message>
        <source>Pass counts 100, fail 0.</source>
        <translation>合格计 100 分，不合格计 0 分。</translation>
    </message>
    <message>
        <source>0 not met (0), 1 partly met (50), 2 fully met (100).</source>
        <translation>0 未达到（0 分），1 部分达到（50 分），2 完全达到（100 分）。</translation>
    </message>
    <message>
        <source>1 poor (0), 2 below expectations (25), 3 meets expectations (50), 4 good (75), 5 excellent (100).</source>
        <translation>1 差（0 分），2 低于预期（25 分），3 符合预期（50 分），4 良好（75 分），5 优秀（100 分）。</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>部分达到</translation>
    </message>
    <message>
        <source>fully met</source>
        <translation>完全达到</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>below expectations</source>
        <translation>低于预期</translation>
    </message>
    <message>
        <source>meets expectations</source>
        <translation>符合预期</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
</context>
<context>
    <name>kefu::ui::QueuePane</name>
    <message>
        <source>Queue monitor</source>
        <translation>队列监控</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>waiting now</source>
        <translation>当前排队</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>SL this interval</source>
        <translation>本时段服务水平</translation>
    </message>
    <message>
        <source>SL today</source>
        <translation>今日服务水平</translation>
    </message>
    <message>
        <source>ASA today</source>
        <translation>今日平均应答</translation>
    </message>
    <message>
        <source>Abandoned today</source>
        <translation>今日放弃率</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已签入</translation>
    </message>
    <message>
        <source>Agents handling</source>
        <translation>接待中坐席</translation>
    </message>
    <message>
        <source>Available · busy</source>
        <translation>空闲 · 忙碌</translation>
    </message>
    <message>
        <source>Wrap-up · break</source>
        <translation>话后 · 小休</translation>
    </message>
    <message>
        <source>Occupancy today</source>
        <translation>今日占用率</translation>
    </message>
    <message>
        <source>Click to list today&apos;s contacts of %1.</source>
        <translation>点击查看%1今日的会话。</translation>
    </message>
    <message>
        <source>&amp;Forecast multiplier today:</source>
        <translation>今日预测倍数(&amp;F)：</translation>
    </message>
    <message>
        <source>For a promotion day: the forecast (the same weekday over the last 4 weeks) times this factor. Applies to today and is kept in the store.</source>
        <translation>用于大促日：预测值（最近 4 周同一星期几的平均）乘以此倍数。仅对今天生效，保存在数据库中。</translation>
    </message>
    <message>
        <source>Only team leads and administrators can change the forecast.</source>
        <translation>只有班组长和管理员可以修改预测。</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts (Ctrl+K)</source>
        <translation>确认所选告警（Ctrl+K）</translation>
    </message>
    <message>
        <source>Acknowledge a&amp;ll</source>
        <translation>全部确认(&amp;L)</translation>
    </message>
    <message>
        <source>Clear acknowledged</source>
        <translation>清除已确认</translation>
    </message>
    <message>
        <source>Reading the floor…</source>
        <translation>正在读取现场数据…</translation>
    </message>
    <message>
        <source>The floor could not be read: %1</source>
        <translation>无法读取现场数据：%1</translation>
    </message>
    <message>
        <source>Data as of %1 %2</source>
        <translation>数据截至 %1 %2</translation>
    </message>
    <message>
        <source>Read failed: %1</source>
        <translation>读取失败：%1</translation>
    </message>
    <message>
        <source>No live feed: the wall clock</source>
        <translation>无实时数据源：使用本机时钟</translation>
    </message>
    <message>
        <source>Feed %1: live</source>
        <translation>数据源 %1：实时</translation>
    </message>
    <message>
        <source>Feed %1: live, %2× speed</source>
        <translation>数据源 %1：实时，%2 倍速</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Available %1, busy %2, wrap-up %3, break %4, offline %5; training and meetings %6</source>
        <translation>空闲 %1，忙碌 %2，话后 %3，小休 %4，离线 %5；培训和会议 %6</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Now %1; target %2 to %3</source>
        <translation>当前 %1；目标 %2 至 %3</translation>
    </message>
    <message>
        <source>Waiting contacts (%1)</source>
        <translation>排队会话（%1）</translation>
    </message>
    <message>
        <source>Agents (%1 signed in)</source>
        <translation>坐席（已签入 %1）</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n to acknowledge</source>
        <translation>
            <numerusform>告警：%n 条待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: none to acknowledge</source>
        <translation>告警：无待确认</translation>
    </message>
    <message>
        <source>KefuDesk queue monitor</source>
        <translation>KefuDesk 队列监控</translation>
    </message>
    <message numerus="yes">
        <source>%n new alerts; the first: %1</source>
        <translation>
            <numerusform>%n 条新告警；第一条：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue alert</source>
        <translation>队列告警</translation>
    </message>
    <message>
        <source>Forecast multiplier</source>
        <translation>预测倍数</translation>
    </message>
    <message>
        <source>The multiplier was not saved: %1</source>
        <translation>倍数未保存：%1</translation>
    </message>
    <message>
        <source>Today&apos;s contacts: %1</source>
        <translation>今日会话：%1</translation>
    </message>
    <message>
        <source>Contacts that arrived %1 to %2</source>
        <translation>%1 至 %2 进线的会话</translation>
    </message>
    <message>
        <source>Feed %1 silent for %2</source>
        <translation>数据源 %1 已 %2 无数据</translation>
    </message>
    <message>
        <source>Answered within their threshold: %1 of the %2 contacts whose outcome is known; %3 still waiting within their threshold are not counted yet.</source>
        <translation>在阈值内接起：已有结果的 %2 个会话中有 %1 个；另有 %3 个仍在阈值内排队，暂不计入。</translation>
    </message>
    <message>
        <source>ASA today, real-time</source>
        <translation>今日实时平均应答</translation>
    </message>
    <message>
        <source>E-mail reply today</source>
        <translation>今日邮件回复</translation>
    </message>
    <message>
        <source>Border: %1</source>
        <translation>边框：%1</translation>
    </message>
    <message>
        <source>Not rated: each channel&apos;s tile rates its longest wait against its own threshold.</source>
        <translation>不评级：各渠道的卡片按该渠道自己的阈值评定其最长等待。</translation>
    </message>
    <message>
        <source>no service level this interval yet: no contact of it has an outcome</source>
        <translation>本时段尚无服务水平：本时段还没有会话产生结果</translation>
    </message>
    <message>
        <source>SL this interval %1</source>
        <translation>本时段服务水平 %1</translation>
    </message>
    <message>
        <source>Chat, phone and social; 90th percentile %1. E-mail is apart: its waits of hours would swamp the figure.</source>
        <translation>在线、电话和社交媒体；90 分位 %1。邮件单独统计：其等待以小时计，会淹没此数值。</translation>
    </message>
    <message>
        <source>Mean wait of today&apos;s answered e-mails until the reply.</source>
        <translation>今日已回复邮件从进线到回复的平均等待时长。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>a wait within its channel&apos;s threshold (%1)</source>
        <translation>等待未超过所属渠道的阈值（%1）</translation>
    </message>
    <message>
        <source>a service level at or above the target of %1</source>
        <translation>服务水平达到或高于目标 %1</translation>
    </message>
    <message>
        <source>an ASA within its channel&apos;s threshold</source>
        <translation>平均应答未超过所属渠道的阈值</translation>
    </message>
    <message>
        <source>occupancy within its target range of %1</source>
        <translation>占用率在目标范围 %1 以内</translation>
    </message>
    <message>
        <source>the feed live (in the header)</source>
        <translation>数据源实时（见顶部）</translation>
    </message>
    <message>
        <source>a wait past its channel&apos;s threshold, before the wait alert at %1</source>
        <translation>等待超过所属渠道的阈值，但未达到 %1 的等待告警</translation>
    </message>
    <message>
        <source>a service level under the target by 10 points or less</source>
        <translation>服务水平低于目标，差距不超过 10 个百分点</translation>
    </message>
    <message>
        <source>an ASA past its channel&apos;s threshold, at most twice it</source>
        <translation>平均应答超过所属渠道的阈值，但不超过其两倍</translation>
    </message>
    <message>
        <source>occupancy under its target range</source>
        <translation>占用率低于目标范围</translation>
    </message>
    <message>
        <source>AHT today over the target of %1</source>
        <translation>今日 AHT 超过目标 %1</translation>
    </message>
    <message>
        <source>a wait past the wait alert at %1 and past its channel&apos;s threshold</source>
        <translation>等待超过 %1 的等待告警，且超过所属渠道的阈值</translation>
    </message>
    <message>
        <source>a service level more than 10 points under the target</source>
        <translation>服务水平低于目标超过 10 个百分点</translation>
    </message>
    <message>
        <source>an ASA more than twice its channel&apos;s threshold</source>
        <translation>平均应答超过所属渠道阈值的两倍</translation>
    </message>
    <message>
        <source>contacts waiting and no agent available</source>
        <translation>有会话排队但没有空闲坐席</translation>
    </message>
    <message>
        <source>occupancy over its target range</source>
        <translation>占用率高于目标范围</translation>
    </message>
    <message>
        <source>a break longer than %1</source>
        <translation>小休超过 %1</translation>
    </message>
    <message>
        <source>an alert open and not acknowledged</source>
        <translation>告警未解除且未确认</translation>
    </message>
    <message>
        <source>the feed silent, or the floor not read (in the header)</source>
        <translation>数据源无数据，或无法读取现场数据（见顶部）</translation>
    </message>
    <message>
        <source>No SL yet</source>
        <translation>暂无服务水平</translation>
    </message>
    <message>
        <source>A tile&apos;s border shows its service level of this interval in green, amber or red; in this colour while no contact of the interval has an outcome yet (an e-mail within its threshold has none).</source>
        <translation>卡片边框以绿色、琥珀色或红色表示本时段的服务水平；本时段还没有会话产生结果时显示为此颜色（仍在阈值内的邮件尚无结果）。</translation>
    </message>
    <message>
        <source>Offline, acknowledged</source>
        <translation>离线、已确认</translation>
    </message>
    <message>
        <source>an agent signed out; an alert acknowledged</source>
        <translation>坐席已签出；告警已确认</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Bold: a VIP customer, served before the others</source>
        <translation>粗体：VIP 客户，优先于其他客户接待</translation>
    </message>
</context>
<context>
    <name>kefu::ui::RatingColours</name>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>琥珀色</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>kefu::ui::RatingLegend</name>
    <message>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person; they can change it afterwards.</source>
        <translation>为 %1 设置新密码。请当面告知对方；对方之后可以自行修改。</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ScorecardPdf</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Agent scorecards</source>
        <translation>坐席绩效</translation>
    </message>
    <message>
        <source>%1 · agents: %2</source>
        <translation>%1 · 坐席：%2 名</translation>
    </message>
    <message>
        <source>Agents by rank</source>
        <translation>坐席排名</translation>
    </message>
    <message>
        <source>Agents by rank (continued)</source>
        <translation>坐席排名（续）</translation>
    </message>
    <message>
        <source>All teams in this period</source>
        <translation>本期全部班组汇总</translation>
    </message>
    <message>
        <source>The team in this period</source>
        <translation>本期班组汇总</translation>
    </message>
    <message>
        <source>Targets and weights</source>
        <translation>目标与权重</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>分项</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Team value</source>
        <translation>班组数值</translation>
    </message>
    <message>
        <source>Team score</source>
        <translation>班组得分</translation>
    </message>
    <message>
        <source>Mean of the agents&apos; scores</source>
        <translation>坐席平均得分</translation>
    </message>
    <message>
        <source>No agents in this period.</source>
        <translation>本期没有坐席。</translation>
    </message>
    <message>
        <source>ID %1 · %2</source>
        <translation>工号 %1 · %2</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>未分组</translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation>排名 %1 / %2</translation>
    </message>
    <message>
        <source>No rank</source>
        <translation>无排名</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>分项得分</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>质检评分数</translation>
    </message>
    <message>
        <source>Scores against the team</source>
        <translation>与班组对比</translation>
    </message>
    <message>
        <source>%1 · team %2</source>
        <translation>%1 · 班组 %2</translation>
    </message>
    <message>
        <source>team mean</source>
        <translation>班组平均</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>最近 %1 周</translation>
    </message>
    <message>
        <source>Weekly trends</source>
        <translation>每周趋势</translation>
    </message>
    <message>
        <source>No weekly trends in this report.</source>
        <translation>本报告没有每周趋势。</translation>
    </message>
    <message>
        <source>team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>KefuDesk · agent scorecards · %1 · generated %2 (%3)</source>
        <translation>KefuDesk · 坐席绩效 · %1 · 生成于 %2（%3）</translation>
    </message>
    <message>
        <source>Agent scorecards %1 · %2</source>
        <translation>坐席绩效 %1 · %2</translation>
    </message>
    <message>
        <source>Real-time ASA</source>
        <translation>实时平均应答</translation>
    </message>
    <message>
        <source>Real-time P90 wait</source>
        <translation>实时 P90 等待</translation>
    </message>
    <message>
        <source>E-mail reply time</source>
        <translation>邮件回复时长</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Response within target: answered within the channel&apos;s threshold (%1). Component score: 0–100 against the target; composite: Σ(weight × score) / Σ(weight) over the components with a value. Colours: %2.</source>
        <translation>阈值内应答：在所属渠道的阈值内应答（%1）。分项得分：相对目标的 0–100 分；综合得分：Σ(权重 × 得分) / Σ(权重)，只计有数值的分项。颜色：%2。</translation>
    </message>
    <message>
        <source>Waits: real-time ASA and P90 over the answered chat, phone and social contacts; the e-mail reply time over the answered e-mails, apart (the blended asa_s of the CSV mixes waits of seconds with waits of hours).</source>
        <translation>等待：实时平均应答和 P90 按已接起的在线、电话和社交媒体会话计算；邮件回复时长按已回复的邮件单独计算（CSV 中的 asa_s 是混合值，把以秒计和以小时计的等待混在一起）。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::ScorecardsPane</name>
    <message>
        <source>Agent scorecards</source>
        <translation>坐席绩效</translation>
    </message>
    <message>
        <source>Export scorecards</source>
        <translation>导出绩效</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>统计期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>班组(&amp;T)：</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Targets and &amp;weights…</source>
        <translation>目标与权重(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>The scorecards of this period and team as a PDF to print (a page per agent, with the charts) or an XLSX workbook (a sheet per view). Ctrl+Shift+E</source>
        <translation>将此统计期和班组的绩效导出为可打印的 PDF（每位坐席一页，附图表）或 XLSX 工作簿（每个视图一张工作表）。Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Change the targets and weights of the scorecards; the table follows at once.</source>
        <translation>修改绩效的目标和权重；表格会立即随之更新。</translation>
    </message>
    <message>
        <source>See the targets and weights (only team leads and administrators change them).</source>
        <translation>查看目标和权重（只有班组长和管理员可以修改）。</translation>
    </message>
    <message>
        <source>Reading the scorecards…</source>
        <translation>正在读取绩效…</translation>
    </message>
    <message>
        <source>The scorecards could not be read: %1</source>
        <translation>无法读取绩效：%1</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source>All teams (pooled)</source>
        <translation>全部班组（合计）</translation>
    </message>
    <message>
        <source>%1 (pooled)</source>
        <translation>%1（合计）</translation>
    </message>
    <message>
        <source>PDF to print (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>可打印的 PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n agents, %2 with a composite · targets and weights from the store settings</source>
        <translation>
            <numerusform>%1 · %n 名坐席，其中 %2 名有综合得分 · 目标和权重取自数据库设置</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kefu::ui::SignInDialog</name>
    <message>
        <source>Sign in — KefuDesk</source>
        <translation>登录 — KefuDesk</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <source>This store has users: sign in with your own name. What you change is recorded under it.</source>
        <translation>此数据库设有用户：请用您自己的用户名登录，您所做的更改都会记录在该名下。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Close this store without signing in</source>
        <translation>不登录，关闭此数据库</translation>
    </message>
</context>
<context>
    <name>kefu::ui::StoreBanner</name>
    <message>
        <source>This store is damaged</source>
        <translation>此数据库已损坏</translation>
    </message>
    <message>
        <source>This store is read-only</source>
        <translation>此数据库为只读</translation>
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
    <message>
        <source>These settings apply to everyone who uses this store. As %1 you may change some of them; the others are shown greyed, and their tooltip says who may change them.</source>
        <translation>这些设置对使用此数据库的所有人生效。作为%1，您可以修改其中一部分；其余设置显示为灰色，其工具提示会说明谁可以修改。</translation>
    </message>
    <message>
        <source>These settings apply to everyone who uses this store. As %1 you may read them but not change them; the tooltip of each says who may.</source>
        <translation>这些设置对使用此数据库的所有人生效。作为%1，您可以查看但不能修改；每项设置的工具提示会说明谁可以修改。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::TableExport</name>
    <message numerus="yes">
        <source>%n rows written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (UTF-8, Excel) (*.csv)</source>
        <translation>CSV（UTF-8，适用于 Excel） (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
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
        <source>Finishing %1…</source>
        <translation>正在完成 %1…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>This store cannot be read from a second connection (it is not a file).</source>
        <translation>无法通过第二个连接读取此数据库（它不是文件）。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Agent id</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Users are never deleted: disable those who leave, so that the audit log keeps their names.</source>
        <translation>用户永远不会被删除：请停用离职人员，以便审计日志保留其姓名。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>You</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the list of users to a CSV file or an Excel workbook.</source>
        <translation>将用户列表写入 CSV 文件或 Excel 工作簿。</translation>
    </message>
    <message>
        <source>Export the users</source>
        <translation>导出用户</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>kefu::ui::caseparts</name>
    <message>
        <source>The store is open read-only: complaints cannot be recorded or changed.</source>
        <translation>数据库以只读方式打开：不能录入或修改投诉。</translation>
    </message>
</context>
</TS>
