// German: Sie by default (the norm for brands addressing adults they do not know); du when the
// brief's tone asks for it ("du", "duzen", "informal", "casual", "locker", "persönlich"). Button
// labels and headline calls to action are infinitives ("Tisch reservieren"), which fit either
// address; sentences in body copy are imperatives in the chosen address ("Reservieren Sie Ihren
// Tisch." / "Reserviere deinen Tisch."). Facts keep the client's capitalisation (German nouns stay
// capitalised) and stand as their own sentence or headline. After the salutation's comma a German
// letter goes on in lower case, so an email's first paragraph always opens with our own words
// (lower-cased) rather than a fact whose first word may be a noun.
import type { Address, Phrasebook } from './types';

export function german(address: Address, chosenBy: string): Phrasebook {
  const formal = address === 'formal';
  const say = (sie: string, du: string): string => (formal ? sie : du);
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
    actions: {
      book_table: { label: 'Tisch reservieren', sentence: say('Reservieren Sie Ihren Tisch.', 'Reserviere deinen Tisch.') },
      order_food: { label: 'Jetzt bestellen', sentence: say('Bestellen Sie jetzt online.', 'Bestell jetzt online.') },
      see_menu: { label: 'Speisekarte ansehen', sentence: say('Werfen Sie einen Blick in die Speisekarte.', 'Wirf einen Blick in die Speisekarte.') },
      book_appointment: { label: 'Termin vereinbaren', sentence: say('Vereinbaren Sie Ihren Termin online.', 'Vereinbare deinen Termin online.') },
      book_demo: { label: 'Demo vereinbaren', sentence: say('Vereinbaren Sie eine Demo.', 'Vereinbare eine Demo.') },
      get_quote: { label: 'Kostenvoranschlag anfordern', sentence: say('Fordern Sie einen Kostenvoranschlag an.', 'Fordere einen Kostenvoranschlag an.') },
      get_price: { label: 'Beitrag berechnen', sentence: say('Berechnen Sie Ihren Beitrag online.', 'Berechne deinen Beitrag online.') },
      apply: { label: 'Jetzt beantragen', sentence: say('Beantragen Sie jetzt online.', 'Beantrage jetzt online.') },
      shop: { label: 'Jetzt kaufen', sentence: say('Bestellen Sie jetzt online.', 'Bestell jetzt online.') },
      join: { label: 'Mitglied werden', sentence: say('Werden Sie jetzt Mitglied.', 'Werde jetzt Mitglied.') },
      book_stay: { label: 'Aufenthalt buchen', sentence: say('Buchen Sie Ihren Aufenthalt.', 'Buche deinen Aufenthalt.') },
      sign_up: { label: 'Jetzt registrieren', sentence: say('Registrieren Sie sich jetzt.', 'Registriere dich jetzt.') },
      contact: { label: 'Kontakt aufnehmen', sentence: say('Nehmen Sie Kontakt mit uns auf.', 'Nimm Kontakt mit uns auf.') },
      subscribe: { label: 'Jetzt abonnieren', sentence: 'Jetzt abonnieren.' },
      learn_more: { label: 'Mehr erfahren', sentence: say('Erfahren Sie mehr.', 'Erfahre mehr.') },
      get_offer: { label: 'Angebot sichern', sentence: say('Sichern Sie sich das Angebot.', 'Sichere dir das Angebot.') },
    },
    why: (brand) => `Warum ${brand}?`,
    discover: (brand) => say(`Entdecken Sie ${brand}`, `Entdecke ${brand}`),
    thatIs: (brand) => `Dafür steht ${brand}.`,
    whyCompromise: 'Warum Kompromisse machen?',
    howItWorks: 'So funktioniert es',
    by: (product, brand) => `${product} von ${brand}`,
    leadIn: {
      benefits: (brand) => `Das zeichnet ${brand} aus:`,
      proofs: (brand) => `Darum entscheiden sich viele für ${brand}:`,
      offer: (brand) => say(`Ihr Angebot von ${brand}:`, `Dein Angebot von ${brand}:`),
    },
    greeting: formal ? 'Guten Tag,' : 'Hallo,',
    // Our own openers begin with a verb, "das", "darum" or "warum": lower case after the comma
    // (the polite Sie and Ihr keep their capital).
    afterGreeting: (text) => (text === '' || /^(?:Sie|Ihr|Ihre[mnrs]?|Ihnen)\b/u.test(text) ? text : text[0]!.toLowerCase() + text.slice(1)),
    signoff: (brand) => say(`Ihr Team von ${brand}`, `Dein Team von ${brand}`),
    punct: (mark) => mark,
  };
}
