// E-commerce and retail. Editorial, written for AICMO from how online shopping works: comparison
// across tabs on price, delivery, returns and reviews; most visits end without a purchase; the
// product feed drives Shopping and Performance Max. Not measured figures.
import type { VerticalTemplate } from './types';

export const ECOMMERCE: VerticalTemplate = {
  journey:
    '{audience} compare {product} across a few tabs on price, delivery, returns and reviews; most visits end without a purchase, and the sale often comes on the second or third visit, from a search, a shopping ad or a reminder.',
  pillars: [
    { name: 'Win the product search', goals: ['sales', 'leads', 'retention'], channels: ['google_shopping', 'google_pmax', 'google_search'], description: 'Shopping and search ads fed by a clean product feed (titles, prices, stock) on the {product} searches {audience} make when they are ready to buy.' },
    { name: 'Product-first creative', needs: ['benefit'], description: 'Show {product} in use, with {benefit}, the price and the delivery promise in every ad.', fallback: 'Show {product} in use, with the price and the delivery promise in every ad.' },
    { name: 'Reviews do the selling', needs: ['proof'], description: 'Put {proof} and star ratings in the ads and on every product page.', fallback: 'The brief gives no reviews or ratings: ask recent buyers for reviews before launch, because product pages without them convert worse.' },
    { name: 'Remove purchase friction', goals: ['sales'], description: 'Fast product pages, delivery cost and returns stated before checkout, guest checkout; test the path to purchase before adding budget.' },
    { name: 'Bring back the almost-buyers', goals: ['sales', 'retention'], channels: ['meta', 'instagram', 'google_display', 'google_pmax'], description: 'Retarget product viewers and cart abandoners with the product they looked at, within days and with a frequency cap.' },
    { name: 'Lead with the offer', needs: ['offer'], description: '{offer}: stated the same way in every ad and on the landing page, with its end date.' },
    { name: 'Spend follows margin', goals: ['sales'], description: 'Judge channels on return on ad spend against the margin the client can afford, and move budget weekly toward the best return.' },
    { name: 'Be the brand they search for', goals: ['awareness', 'engagement'], channels: ['instagram', 'tiktok', 'youtube', 'meta'], description: 'Short video and creator content that makes {audience} search for {brand} by name.' },
    { name: 'The second order', goals: ['retention', 'sales'], channels: ['email'], description: 'Post-purchase emails with care tips, matching products and reminders at the usual reorder time.' },
    { name: 'Reach {audience2} too', needs: ['audience2'], description: 'Separate creative and product picks for {audience2}, who buy for different reasons.' },
  ],
  funnel: {
    awareness: {
      goal: 'Put {product} in front of {audience} before they start comparing.',
      tactics: [
        { text: 'Short video for Instagram Reels, TikTok and YouTube Shorts', channels: ['instagram', 'tiktok', 'youtube'] },
        { text: 'Creators who already use the category, seeded with the product' },
      ],
    },
    consideration: {
      goal: 'Win the comparison on price, delivery, returns and reviews.',
      tactics: [
        { text: 'Dynamic retargeting of product viewers', channels: ['meta', 'instagram', 'google_display'] },
        { text: 'Reviews, size or fit guides and comparison content on product pages' },
      ],
    },
    conversion: {
      goal: 'Turn the visit into an order.',
      tactics: [
        { text: 'Google Shopping and Performance Max on the product feed', channels: ['google_shopping', 'google_pmax'] },
        { text: 'Brand and product search ads', channels: ['google_search'] },
        { text: 'Cart and checkout tested on a phone before launch' },
      ],
    },
    retention: {
      goal: 'Turn first-time buyers into repeat customers.',
      tactics: [
        { text: 'Post-purchase and reorder emails', channels: ['email'] },
        { text: 'Early access to new products for past buyers' },
      ],
    },
  },
  risks: [
    { risk: 'Each platform claims the same sale (view-through credit on Meta, Performance Max taking brand searches).', likelihood: 'medium', mitigation: "Compare platform figures with the shop's own orders every week, and report brand search apart from the rest." },
    { risk: 'Product-feed errors (disapproved items, wrong prices, out of stock) quietly stop Shopping ads.', likelihood: 'medium', mitigation: 'Check Merchant Center diagnostics before launch and weekly.' },
    { risk: 'Returns cancel revenue that ROAS already counted.', likelihood: 'medium', mitigation: 'Report ROAS net of returns whenever the shop can export them.' },
  ],
  goalRisks: { sales: null },
  checklist: ['The product feed passes Merchant Center checks, and delivery and returns are stated on every product page.'],
};
