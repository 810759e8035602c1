// Creative Gallery: the current creatives of one project, ranked, in their channels' formats (the
// fields and limits their previews are drawn and checked against); decisions and scheduling on a
// selection.
import { getCreativesForProject, unwrap } from '../../../orchestrator/services';
import { CHANNEL_FORMATS } from '../../../orchestrator/subsystems/creatives/channelLimits';
import { channelName } from '../../../orchestrator/domain/labels';
import { internal, type PanelDescriptor } from './types';

export const gallery: PanelDescriptor<'gallery'> = {
  async snapshot({ env, slug }) {
    const c = unwrap(await getCreativesForProject(env, slug));
    const channels = new Set(c.creatives.map((x) => x.channel));
    const formats = Object.values(CHANNEL_FORMATS)
      .filter((f) => channels.has(f.channel) || channels.size === 0)
      .map((f) => ({
        channel: f.channel,
        format: f.format,
        copy: f.copy,
        fields: f.fields.map(({ key, label, list, min, max, maxChars, recommendedChars }) => ({ key, label, list, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), ...(maxChars === undefined ? {} : { maxChars }), ...(recommendedChars === undefined ? {} : { recommendedChars }) })),
        ...(f.note ? { note: f.note } : {}),
        sources: f.sources,
      }));
    const channelNames = Object.fromEntries([...new Set([...channels, ...formats.map((f) => f.channel)])].map((ch) => [ch, channelName(ch)]));
    return { creatives: c.creatives, counts: c.counts, formats, notes: c.notes, rules: c.rules, channelNames };
  },
  commands: {
    // What was not approved stays selected: the creatives that need fixing or a confirmation.
    'gallery/approveCreatives': (p) => ({
      run: { name: 'creatives.decide', input: { project: p.project, ids: p.ids, decision: 'approve', by: internal(p.by), ...(p.confirm === true ? { confirm: true } : {}) } },
      select: (value) => {
        const r = (value ?? {}) as { needFixing?: { id: string }[]; needConfirmation?: { id: string }[] };
        return [...(r.needFixing ?? []), ...(r.needConfirmation ?? [])].map((g) => g.id);
      },
    }),
    'gallery/rejectCreatives': (p) => ({ run: { name: 'creatives.decide', input: { project: p.project, ids: p.ids, decision: 'reject', reason: p.reason, by: internal(p.by) } } }),
    'gallery/requestCreativeChanges': (p) => ({ run: { name: 'creatives.decide', input: { project: p.project, ids: p.ids, decision: 'request_changes', reason: p.reason, by: internal(p.by) } } }),
    'gallery/scheduleCreatives': (p) => ({ run: { name: 'creatives.schedule', input: { project: p.project, ids: p.ids, date: p.date } } }),
  },
  requests: {},
};
