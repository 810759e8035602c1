// French: vous by default; tu when the tone asks for it ("tu", "tutoiement", "informal",
// "casual", "décontracté"). A narrow no-break space (U+202F) goes before ? ! and : as French
// typography wants. Button labels are infinitives ("Réserver"), which fit either address.
import type { Address, Phrasebook } from './types';

const NNBSP = '\u202f';

export function french(address: Address, chosenBy: string): Phrasebook {
  const formal = address === 'formal';
  return {
    language: 'fr',
    name: 'French',
    address,
    addressNote: formal ? `vous (formal), ${chosenBy}.` : `tu (informal), ${chosenBy}.`,
    cta: {
      learn_more: 'En savoir plus',
      shop_now: 'Acheter',
      book_now: 'Réserver',
      sign_up: "S'inscrire",
      contact_us: 'Nous contacter',
      get_offer: "Profiter de l'offre",
      get_quote: 'Demander un devis',
      order_now: 'Commander',
      subscribe: "S'abonner",
      apply_now: 'Postuler',
      download: 'Télécharger',
      request_demo: 'Demander une démo',
      see_menu: 'Voir le menu',
      register: "S'inscrire",
    },
    why: (brand) => `Pourquoi ${brand}${NNBSP}?`,
    discover: (brand) => (formal ? `Découvrez ${brand}` : `Découvre ${brand}`),
    thatIs: (brand) => `C'est ça, ${brand}.`,
    whyCompromise: `Pourquoi faire des compromis${NNBSP}?`,
    howItWorks: 'Comment ça marche',
    by: (product, brand) => `${product} par ${brand}`,
    greeting: 'Bonjour,',
    punct: (mark) => `${NNBSP}${mark}`,
  };
}
