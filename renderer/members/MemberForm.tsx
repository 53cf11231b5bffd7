/**
 * 新增 / 编辑成员, in a drawer. The same zod rules as the API check each field;
 * typing the 身份证号 fills 出生日期, 性别 and 年龄 at once, and the core is asked
 * (debounced) whether the number is taken or the name + birth date already exists.
 */
import { useFormLeaveGuard } from '../records/unsaved-guard';
import { Alert, App, Button, Col, Drawer, Form, Input, Row, Space, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { CARE_TAGS, EDUCATION, EMPLOYMENT, ETHNICITY, MARITAL_STATUS, POLITICAL_STATUS, ROLES, type CodeTable } from '../../core/members/codes';
import { ageOn, checkIdNumber, maskIdNumber } from '../../core/members/idcard';
import { memberInputSchema, type MemberInput, type MemberUpdateInput } from '../../core/members/schema';
import { api, ApiError } from '../api';
import { fieldErrors, revalidateWhileWrong, zodRule } from '../form';
import { TypedDatePicker } from '../keyboard/TypedDatePicker';
import { TypedSelect } from '../keyboard/TypedSelect';
import type { ZoneOption } from './ZoneDialog';

const field = memberInputSchema.shape;
const codeOptions = (table: CodeTable) => table.map((c) => ({ value: c.code, label: c.name }));
const ETHNICITY_OPTIONS = codeOptions(ETHNICITY);

type FormValues = Omit<MemberInput, 'joinedOn' | 'zoneId'> & { joinedOn?: Dayjs | null; zoneId?: number | null };
type Check = Awaited<ReturnType<typeof api.members.checkDuplicates>>;
/** When editing, the stored 身份证号 and phone stay masked unless the officer chooses to retype them. */
interface Kept {
  idNumberMasked: string;
  phoneMasked: string;
  birthDate: string;
  sex: string;
}

export function MemberForm({
  open,
  memberId,
  zones,
  onManageZones,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** undefined: 新增. */
  memberId?: number;
  zones: ZoneOption[];
  onManageZones(): void;
  onClose(): void;
  onSaved(id: number): void;
}) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const [loadedId, setLoadedId] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [check, setCheck] = useState<Check | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [tagOptions, setTagOptions] = useState<string[]>([...CARE_TAGS]);
  const [kept, setKept] = useState<Kept | null>(null);
  const [retype, setRetype] = useState({ idNumber: false, phone: false });
  const keepId = memberId !== undefined && !retype.idNumber;
  const keepPhone = memberId !== undefined && !retype.phone;
  const unsaved = useFormLeaveGuard();
  const close = () => {
    setRetype({ idNumber: false, phone: false });
    unsaved.saved();
    onClose();
  };
  const loading = open && memberId !== undefined && loadedId !== memberId;
  const idText = Form.useWatch('idNumber', form) ?? '';
  const name = Form.useWatch('name', form) ?? '';
  const today = dayjs().format('YYYY-MM-DD');
  const derived = checkIdNumber(idText, today);

  useEffect(() => {
    if (!open) return;
    let current = true;
    form.resetFields();
    void api.members.listTags().then((tags) => current && setTagOptions(tags));
    if (memberId !== undefined) {
      api.members.get({ id: memberId }).then(
        (m) => {
          if (!current) return;
          setKept({ idNumberMasked: m.idNumberMasked, phoneMasked: m.hasPhone ? m.phoneMasked : '', birthDate: m.birthDate, sex: m.sex });
          form.setFieldsValue({
            name: m.name, ethnicity: m.ethnicity.code, education: m.education.code,
            political: m.political.code, marital: m.marital.code, householdAddress: m.householdAddress,
            currentAddress: m.currentAddress, zoneId: m.zone?.id ?? null, building: m.building, employment: m.employment,
            workplace: m.workplace, joinedOn: m.joinedOn ? dayjs(m.joinedOn) : null, roles: m.roles as MemberInput['roles'],
            tags: m.tags, note: m.note,
          });
          setLoadedId(memberId);
        },
        (err: unknown) => {
          if (!current) return;
          setLoadedId(memberId);
          message.error(err instanceof Error ? err.message : '读取成员信息失败');
        },
      );
    } else {
      form.setFieldsValue({ ethnicity: '01', joinedOn: dayjs() });
    }
    return () => {
      current = false;
    };
  }, [open, memberId, form, message]);

  // Ask the core about duplicates once typing pauses.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      if (!open || !checkIdNumber(idText, today).ok) return;
      api.members.checkDuplicates({ name, idNumber: idText, excludeId: memberId }).then(
        (answer) => current && setCheck(answer),
        () => undefined,
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, idText, name, memberId, today]);

  const shown = keepId && kept ? { ok: true as const, birthDate: kept.birthDate, sex: kept.sex } : derived;
  const relevant = check && derived.ok && check.idNumber === derived.id ? check : null;
  const warnings = relevant ? relevant.warnings : derived.ok ? derived.warnings : [];
  const shownConflict = relevant?.conflict?.message ?? (conflict && derived.ok && conflict.includes(maskIdNumber(derived.id)) ? conflict : null);

  const save = async (values: FormValues) => {
    setSaving(true);
    setConflict(null);
    const { idNumber, phone, ...rest } = values;
    const member: MemberUpdateInput['member'] = {
      ...rest,
      ...(keepId ? {} : { idNumber }),
      ...(keepPhone ? {} : { phone }),
      zoneId: values.zoneId ?? null,
      joinedOn: values.joinedOn ? values.joinedOn.format('YYYY-MM-DD') : null,
      ethnicity: values.ethnicity ?? null,
      education: values.education ?? null,
      political: values.political ?? null,
      marital: values.marital ?? null,
    };
    try {
      const saved =
        memberId === undefined ? await api.members.create(member as MemberInput) : await api.members.update({ id: memberId, member });
      message.success(`已保存：${member.name}`);
      for (const w of saved.warnings) message.warning(w, 6);
      setRetype({ idNumber: false, phone: false });
      unsaved.saved();
      onSaved(saved.id);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT') {
        setConflict(err.message);
        form.setFields([{ name: 'idNumber', errors: ['该身份证号已登记，请核对'] }]);
      } else {
        // members.update nests the fields under `member`.
        const errors = fieldErrors(err).map((f) => ({ ...f, name: (f.name as string[]).filter((p) => p !== 'member') }));
        form.setFields(errors as Parameters<typeof form.setFields>[0]);
        message.error(err instanceof Error ? err.message : '保存失败');
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={close}
      size={760}
      title={memberId === undefined ? '新增成员' : '编辑成员'}
      destroyOnHidden
      footer={
        <Space>
          <Button type="primary" size="large" onClick={() => form.submit()} loading={saving}>
            保存
          </Button>
          <Button size="large" onClick={close}>
            取消
          </Button>
        </Space>
      }
    >
      <Spin spinning={loading}>
        <Form
          form={form}
          layout="vertical"
          onFinish={save}
          validateTrigger={['onBlur', 'onSubmit']}
          onValuesChange={(changed) => {
            unsaved.changed();
            revalidateWhileWrong(form)(changed);
          }}
          scrollToFirstError
        >
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label="姓名" name="name" required rules={[zodRule(field.name)]}>
                <Input autoFocus maxLength={30} />
              </Form.Item>
            </Col>
            <Col span={16}>
              {keepId ? (
                <Form.Item label="身份证号" extra={<RetypeLink onClick={() => setRetype((r) => ({ ...r, idNumber: true }))}>修改身份证号（需重新完整输入）</RetypeLink>}>
                  <Input readOnly tabIndex={-1} value={kept?.idNumberMasked ?? ''} className="mono" aria-label="身份证号" />
                </Form.Item>
              ) : (
                <Form.Item label="身份证号" name="idNumber" required rules={[zodRule(field.idNumber)]} extra="18位；旧的15位号码会自动升为18位">
                  <Input maxLength={24} className="mono" autoFocus={memberId !== undefined} />
                </Form.Item>
              )}
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label="出生日期" tooltip="由身份证号自动得出">
                <Input readOnly tabIndex={-1} value={shown.ok ? shown.birthDate : ''} aria-label="出生日期" placeholder="填写身份证号后自动显示" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="性别" tooltip="由身份证号自动得出">
                <Input readOnly tabIndex={-1} value={shown.ok ? shown.sex : ''} aria-label="性别" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item label="年龄" tooltip="按今天计算">
                <Input readOnly tabIndex={-1} value={shown.ok ? `${ageOn(shown.birthDate, today)}岁` : ''} aria-label="年龄" />
              </Form.Item>
            </Col>
          </Row>
          {shownConflict && <Alert type="error" showIcon message={shownConflict} style={{ marginBottom: 12 }} data-testid="id-conflict" />}
          {warnings.map((w) => (
            <Alert key={w} type="warning" showIcon message={w} style={{ marginBottom: 12 }} />
          ))}
          <Row gutter={16}>
            <Col span={6}>
              <Form.Item label="民族" name="ethnicity">
                <TypedSelect fieldLabel="民族" options={ETHNICITY_OPTIONS} allowClear />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="文化程度" name="education">
                <TypedSelect fieldLabel="文化程度" options={codeOptions(EDUCATION)} allowClear />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="政治面貌" name="political">
                <TypedSelect fieldLabel="政治面貌" options={codeOptions(POLITICAL_STATUS)} allowClear />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="婚姻状况" name="marital">
                <TypedSelect fieldLabel="婚姻状况" options={codeOptions(MARITAL_STATUS)} allowClear />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              {keepPhone ? (
                <Form.Item label="联系电话" extra={<RetypeLink onClick={() => setRetype((r) => ({ ...r, phone: true }))}>修改电话</RetypeLink>}>
                  <Input readOnly tabIndex={-1} value={kept?.phoneMasked ?? ''} placeholder="未填" aria-label="联系电话" />
                </Form.Item>
              ) : (
                <Form.Item label="联系电话" name="phone" rules={[zodRule(field.phone)]}>
                  <Input maxLength={20} />
                </Form.Item>
              )}
            </Col>
            <Col span={10}>
              <Form.Item label="片区/网格" extra={<a onClick={onManageZones}>管理片区</a>}>
                <Form.Item name="zoneId" noStyle>
                  <TypedSelect fieldLabel="片区/网格" options={zones.map((z) => ({ value: z.id, label: z.name }))} allowClear placeholder="选择片区" aria-label="片区/网格" />
                </Form.Item>
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item label="楼栋" name="building" rules={[zodRule(field.building)]}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="现住址" name="currentAddress" rules={[zodRule(field.currentAddress)]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="户籍地址" name="householdAddress" rules={[zodRule(field.householdAddress)]}>
            <Input maxLength={100} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label="就业状况" name="employment" rules={[zodRule(field.employment)]}>
                <TypedSelect fieldLabel="就业状况" options={EMPLOYMENT.map((e) => ({ value: e, label: e }))} allowClear />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item label="工作单位" name="workplace" rules={[zodRule(field.workplace)]}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="身份（可多选）" name="roles">
                <TypedSelect fieldLabel="身份" mode="multiple" options={ROLES.map((r) => ({ value: r, label: r }))} allowClear />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="关爱标签（可多选，也可输入新标签）" name="tags">
                <TypedSelect fieldLabel="关爱标签" mode="tags" options={tagOptions.map((t) => ({ value: t, label: t }))} allowClear />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label="入册日期" name="joinedOn">
                <TypedDatePicker fieldLabel="入册日期" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={16}>
              <Form.Item label="备注" name="note" rules={[zodRule(field.note)]}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
          {/* Enter in any field submits. */}
          <button type="submit" hidden aria-hidden />
        </Form>
      </Spin>
    </Drawer>
  );
}

/** "修改身份证号" / "修改电话": a real button, so the keyboard reaches it too. */
function RetypeLink({ onClick, children }: { onClick(): void; children: string }) {
  return (
    <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={onClick}>
      {children}
    </Button>
  );
}
