/** 帮助 → 使用说明: the offline manual — what each part does, the year's rhythm, backups. */
import { Card, Table, Typography } from 'antd';
import { SHORTCUTS } from '../keyboard/shortcuts';

const { Title, Paragraph, Text } = Typography;

const PARTS: Array<[string, string]> = [
  ['首页', '打开软件先看这里：本社区妇联的基本信息。'],
  ['妇女花名册', '登记辖区妇女的基本情况；可从 Excel / WPS 表格导入，按姓名或拼音首字母查找；“基本情况统计”按截止日期算出各项人数和占比。身份证号和电话默认打码。'],
  ['会议记录', '执委会议、工作例会等会议：按模板新建，登记参会、议题发言、决议和行动事项，定稿后锁定，之后的修改以“更正”附后；打印会议记录和签到表。'],
  ['学习记录', '集中学习、专题辅导等：登记主题、主讲人、出席和请假、学时和心得；缺席请假的登记补学；年度学习计划按月对照实际学习。'],
  ['妇女议事会', '妇女群众提出的议题从收集、研判、上会、交办、落实到反馈、回访、办结；每季度召开妇女议事会，打印议程和结果公示。'],
  ['档案台账', '定稿的会议记录、学习记录和办结的议题一键归档，编档号、装盒，打印目录和盒脊，导出年度档案包。'],
  ['街道汇总', '街道妇联汇总各社区报来的上报包。'],
  ['设置', '基本信息（名称、街道、全宗号、妇联班子）、数据备份、回收站、操作员和操作日志。'],
];

const RHYTHM: Array<[string, string]> = [
  ['每月', '召开执委会议并登记会议记录；组织一次学习并登记学习记录，请假的安排补学。'],
  ['每季度', '召开一次妇女议事会（会议类型选“妇女议事会”），把研判立项的议题列入议事会。'],
  ['3月', '把上一年已定稿的会议记录、学习记录和办结的议题归档（档案台账 → 归档文件），装盒、打印归档文件目录。'],
  ['年底', '在“基本情况统计”中以12月31日为截止日期统计并打印；核对学习台账和议事台账；需要时生成上报包报街道。'],
  ['随时', '有议题就登记，按时限落实、反馈和回访；行动事项到期前更新完成状态。'],
];

export function ManualPage() {
  return (
    <Card title="使用说明" style={{ maxWidth: 960 }} data-testid="manual-page">
      <Title level={4}>各部分做什么</Title>
      <Table
        size="middle"
        pagination={false}
        rowKey={(r) => r[0]}
        dataSource={PARTS}
        columns={[
          { title: '菜单', width: 140, render: (_, r) => <Text strong>{r[0]}</Text> },
          { title: '用途', render: (_, r) => r[1] },
        ]}
      />
      <Paragraph type="secondary" style={{ marginTop: 8 }}>每一页右上角的“这一页做什么”会说明这一页的用途。</Paragraph>

      <Title level={4}>一年的工作节奏</Title>
      <Table
        size="middle"
        pagination={false}
        rowKey={(r) => r[0]}
        dataSource={RHYTHM}
        columns={[
          { title: '时间', width: 140, render: (_, r) => <Text strong>{r[0]}</Text> },
          { title: '要做的事', render: (_, r) => r[1] },
        ]}
      />

      <Title level={4} style={{ marginTop: 24 }}>数据备份</Title>
      <Paragraph>
        全部数据保存在本机的一个数据文件里。软件每天第一次打开时自动备份到数据文件旁的 backups 文件夹，保留最近7天、8周、12个月的备份。
      </Paragraph>
      <Paragraph>
        在 设置 → 数据备份 中：“立即备份”再做一份；“备份到…”存到U盘；“备份也保存到”填一个文件夹或U盘后，每次备份都会再存一份到那里（在其中以数据文件名命名的文件夹里）。
        建议每月至少把备份存到U盘一次，U盘另外保管。电脑出问题时，用“从备份恢复”找回数据。
      </Paragraph>
      <Paragraph>删除的成员和记录先进入 设置 → 回收站，可以恢复；在回收站里“彻底删除”后不可恢复。</Paragraph>

      <Title level={4} style={{ marginTop: 24 }}>快捷键</Title>
      <ul>
        {SHORTCUTS.map((s) => (
          <li key={s.keys}>
            <Text strong>{s.keys}</Text>：{s.does}（{s.where}）
          </li>
        ))}
      </ul>
    </Card>
  );
}
