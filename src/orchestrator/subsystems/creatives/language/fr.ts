// French: vous by default; tu when the tone asks for it ("tu", "tutoiement", "informal",
// "casual", "décontracté"). A narrow no-break space (U+202F) goes before ? ! and : as French
// typography wants. Button labels and headline calls to action are infinitives ("Réserver une
// table"), which fit either address; sentences in body copy are imperatives in the chosen
// address ("Réservez votre table." / "Réserve ta table."). After "Bonjour," the letter goes on
// with a capital, as French letters do.
import type { Address, Phrasebook } from './types';

const NNBSP = '\u202f';

export function french(address: Address, chosenBy: string): Phrasebook {
  const formal = address === 'formal';
  const say = (vous: string, tu: string): string => (formal ? vous : tu);
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
    actions: {
      book_table: { label: 'Réserver une table', sentence: say('Réservez votre table.', 'Réserve ta table.') },
      order_food: { label: 'Commander', sentence: say('Commandez en ligne.', 'Commande en ligne.') },
      see_menu: { label: 'Voir le menu', sentence: say('Consultez le menu.', 'Consulte le menu.') },
      book_appointment: { label: 'Prendre rendez-vous', sentence: say('Prenez rendez-vous en ligne.', 'Prends rendez-vous en ligne.') },
      book_demo: { label: 'Demander une démo', sentence: say('Demandez une démo.', 'Demande une démo.') },
      get_quote: { label: 'Demander un devis', sentence: say('Demandez votre devis.', 'Demande ton devis.') },
      get_price: { label: 'Obtenir un devis', sentence: say('Obtenez votre devis en ligne.', 'Obtiens ton devis en ligne.') },
      apply: { label: 'Faire une demande', sentence: say('Faites votre demande en ligne.', 'Fais ta demande en ligne.') },
      shop: { label: 'Acheter en ligne', sentence: say('Commandez en ligne.', 'Commande en ligne.') },
      join: { label: "S'inscrire", sentence: say('Inscrivez-vous.', 'Inscris-toi.') },
      book_stay: { label: 'Réserver un séjour', sentence: say('Réservez votre séjour.', 'Réserve ton séjour.') },
      sign_up: { label: "S'inscrire", sentence: say('Inscrivez-vous.', 'Inscris-toi.') },
      contact: { label: 'Nous contacter', sentence: say('Contactez-nous.', 'Contacte-nous.') },
      subscribe: { label: "S'abonner", sentence: say('Abonnez-vous.', 'Abonne-toi.') },
      learn_more: { label: 'En savoir plus', sentence: "Plus d'informations sur notre site." },
      get_offer: { label: "Profiter de l'offre", sentence: say("Profitez de l'offre.", "Profite de l'offre.") },
    },
    why: (brand) => `Pourquoi ${brand}${NNBSP}?`,
    discover: (brand) => say(`Découvrez ${brand}`, `Découvre ${brand}`),
    thatIs: (brand) => `Ça, c'est ${brand}.`,
    whyCompromise: `Pourquoi faire des compromis${NNBSP}?`,
    howItWorks: 'Comment ça marche',
    by: (product, brand) => `${product} par ${brand}`,
    leadIn: {
      benefits: (brand) => `Voici ce qui distingue ${brand}${NNBSP}:`,
      proofs: (brand) => `Ils font confiance à ${brand}${NNBSP}:`,
      offer: (brand) => say(`Votre offre ${brand}${NNBSP}:`, `Ton offre ${brand}${NNBSP}:`),
    },
    greeting: 'Bonjour,',
    afterGreeting: (text) => text,
    signoff: (brand) => `L'équipe ${brand}`,
    punct: (mark) => `${NNBSP}${mark}`,
  };
}
