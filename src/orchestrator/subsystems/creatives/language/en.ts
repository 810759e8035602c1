// English: plain, direct ad English; "you" needs no choice of address.
import type { Phrasebook } from './types';

export const english: Phrasebook = {
  language: 'en',
  name: 'English',
  address: 'formal',
  addressNote: 'English "you" (no choice of address).',
  cta: {
    learn_more: 'Learn more',
    shop_now: 'Shop now',
    book_now: 'Book now',
    sign_up: 'Sign up',
    contact_us: 'Contact us',
    get_offer: 'Get offer',
    get_quote: 'Get quote',
    order_now: 'Order now',
    subscribe: 'Subscribe',
    apply_now: 'Apply now',
    download: 'Download',
    request_demo: 'Request demo',
    see_menu: 'See menu',
    register: 'Register',
  },
  why: (brand) => `Why ${brand}?`,
  discover: (brand) => `Discover ${brand}`,
  thatIs: (brand) => `That's ${brand}.`,
  whyCompromise: 'Why settle?',
  howItWorks: 'How it works',
  by: (product, brand) => `${product} by ${brand}`,
  greeting: 'Hello,',
  punct: (mark) => mark,
};
