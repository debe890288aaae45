/**
 * Block Kit limits as Slack documents them (api.slack.com/reference/block-kit): the checks a real
 * workspace applies before it answers `invalid_blocks`. Returns the list of problems (empty: valid).
 */
type Json = Record<string, any>;

const TEXT_TYPES = new Set(['plain_text', 'mrkdwn']);

function textObject(t: Json | undefined, where: string, max: number, plainOnly = false): string[] {
  if (!t || typeof t !== 'object') return [`${where}: text object required`];
  if (!TEXT_TYPES.has(t.type) || (plainOnly && t.type !== 'plain_text')) return [`${where}: must be ${plainOnly ? 'plain_text' : 'a text object'}`];
  if (typeof t.text !== 'string' || t.text.length === 0) return [`${where}: text must not be empty`];
  if (t.text.length > max) return [`${where}: must be less than ${max + 1} characters`];
  return [];
}

function element(e: Json, where: string, actionIds: Set<string>): string[] {
  const errors: string[] = [];
  if (e.action_id !== undefined) {
    if (typeof e.action_id !== 'string' || e.action_id.length > 255) errors.push(`${where}.action_id: too long`);
    if (actionIds.has(e.action_id)) errors.push(`${where}.action_id: duplicate action_id "${e.action_id}"`);
    actionIds.add(e.action_id);
  }
  if (e.type === 'button') {
    errors.push(...textObject(e.text, `${where}.text`, 75, true));
    if (e.value !== undefined && (typeof e.value !== 'string' || e.value.length > 2000)) errors.push(`${where}.value: must be less than 2001 characters`);
    if (e.url !== undefined && (typeof e.url !== 'string' || e.url.length > 3000 || !/^https?:\/\//.test(e.url))) errors.push(`${where}.url: invalid`);
    if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger') errors.push(`${where}.style: invalid`);
  } else if (e.type === 'image') {
    if (!e.image_url && !e.slack_file) errors.push(`${where}: image_url or slack_file required`);
    if (typeof e.alt_text !== 'string') errors.push(`${where}.alt_text: required`);
  } else if (!TEXT_TYPES.has(e.type) && !['static_select', 'overflow', 'users_select', 'datepicker'].includes(e.type)) {
    errors.push(`${where}: unsupported element type "${e.type}"`);
  } else if (TEXT_TYPES.has(e.type)) {
    errors.push(...textObject(e, where, 3000));
  }
  return errors;
}

/** The problems of `blocks` for a message (max 50) or a view (max 100). */
export function blockKitProblems(blocks: unknown, max = 50): string[] {
  if (!Array.isArray(blocks)) return ['blocks: must be an array'];
  const errors: string[] = [];
  if (blocks.length > max) errors.push(`blocks: must have no more than ${max} items`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((b: Json, i) => {
    const where = `blocks[${i}]`;
    if (b.block_id !== undefined) {
      if (typeof b.block_id !== 'string' || b.block_id.length > 255 || blockIds.has(b.block_id)) errors.push(`${where}.block_id: invalid or duplicate`);
      blockIds.add(b.block_id);
    }
    switch (b.type) {
      case 'section':
        if (b.text === undefined && b.fields === undefined) errors.push(`${where}: text or fields required`);
        if (b.text !== undefined) errors.push(...textObject(b.text, `${where}.text`, 3000));
        if (b.fields !== undefined) {
          if (!Array.isArray(b.fields) || b.fields.length > 10) errors.push(`${where}.fields: at most 10`);
          else b.fields.forEach((f: Json, j: number) => errors.push(...textObject(f, `${where}.fields[${j}]`, 2000)));
        }
        if (b.accessory !== undefined) errors.push(...element(b.accessory, `${where}.accessory`, actionIds));
        break;
      case 'actions':
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 25) errors.push(`${where}.elements: 1 to 25 items`);
        else b.elements.forEach((e: Json, j: number) => errors.push(...element(e, `${where}.elements[${j}]`, actionIds)));
        break;
      case 'context':
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 10) errors.push(`${where}.elements: 1 to 10 items`);
        else b.elements.forEach((e: Json, j: number) => errors.push(...element(e, `${where}.elements[${j}]`, actionIds)));
        break;
      case 'header':
        errors.push(...textObject(b.text, `${where}.text`, 150, true));
        break;
      case 'image':
        errors.push(...element({ ...b, type: 'image' }, where, actionIds));
        break;
      case 'divider': case 'rich_text':
        break;
      default:
        errors.push(`${where}: unsupported block type "${b.type}"`);
    }
  });
  return errors;
}
