// German: Sie by default (the norm for brands addressing adults they do not know); du when the
// brief's tone asks for it ("du", "duzen", "informal", "casual", "locker", "persönlich"). Button
// labels are infinitives ("Jetzt buchen"), which fit either address. Facts keep the client's
// capitalisation (German nouns stay capitalised) and stand as their own sentence or headline.
import type { Address, Phrasebook } from './types';

export function german(address: Address, chosenBy: string): Phrasebook {
  const formal = address === 'formal';
  return {
    language: 'de',
    name: 'German',
    address,
    addressNote: formal ? `Sie (formal), ${chosenBy}.` : `du (informal), ${chosenBy}.`,
    cta: {
      learn_more: 'Mehr erfahren',
      shop_now: 'Jetzt einkaufen',
      book_now: 'Jetzt buchen',
      sign_up: 'Jetzt registrieren',
      contact_us: 'Kontakt aufnehmen',
      get_offer: 'Angebot sichern',
      get_quote: 'Anfrage stellen',
      order_now: 'Jetzt bestellen',
      subscribe: 'Abonnieren',
      apply_now: 'Jetzt bewerben',
      download: 'Herunterladen',
      request_demo: 'Demo anfordern',
      see_menu: 'Speisekarte ansehen',
      register: 'Registrieren',
    },
    why: (brand) => `Warum ${brand}?`,
    discover: (brand) => (formal ? `Entdecken Sie ${brand}` : `Entdecke ${brand}`),
    thatIs: (brand) => `Dafür steht ${brand}.`,
    whyCompromise: 'Warum Kompromisse machen?',
    howItWorks: 'So funktioniert es',
    by: (product, brand) => `${product} von ${brand}`,
    greeting: formal ? 'Guten Tag,' : 'Hallo,',
    punct: (mark) => mark,
  };
}
