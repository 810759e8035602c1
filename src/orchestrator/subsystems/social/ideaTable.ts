// Content ideas by goal metric, used when no trend data backs an opportunity. Editorial
// defaults written for AICMO; every idea from this table is labelled "idea — not measured".
import type { GoalMetric } from '../../domain/project';

export const IDEAS_BY_GOAL: Record<GoalMetric, { title: string; format: string }[]> = {
  awareness: [
    { title: 'A 15-second "meet {product}" video', format: 'short video' },
    { title: 'Behind the scenes of {brand}', format: 'story / carousel' },
    { title: 'Creator first impressions of {product}', format: 'creator video' },
    { title: 'One surprising fact about {industry}', format: 'static post' },
  ],
  leads: [
    { title: 'A checklist {audience} can download', format: 'lead magnet' },
    { title: 'Customer story: the problem {product} solved', format: 'case study post' },
    { title: 'Live Q&A on a common {industry} question', format: 'live / webinar' },
    { title: 'Myth vs fact about {industry}', format: 'carousel' },
  ],
  sales: [
    { title: '{product} in use, start to finish', format: 'short video' },
    { title: 'Reviews from real customers', format: 'carousel' },
    { title: 'How to choose the right {product}', format: 'guide post' },
    { title: 'Limited drop or bundle announcement', format: 'story' },
  ],
  engagement: [
    { title: 'Poll: what {audience} struggle with most', format: 'poll' },
    { title: 'Share your setup with {product}', format: 'user-generated content' },
    { title: 'Caption this', format: 'static post' },
    { title: 'Weekly tip thread for {audience}', format: 'thread' },
  ],
  retention: [
    { title: 'Tips to get more from {product}', format: 'how-to post' },
    { title: 'Customer spotlight', format: 'story' },
    { title: 'Early access for existing customers', format: 'email + story' },
    { title: 'What is new this month at {brand}', format: 'newsletter post' },
  ],
};
