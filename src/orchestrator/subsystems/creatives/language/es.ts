// Spanish: tú by default (the usual register of Spanish advertising); usted when the tone asks
// for it ("usted", "formal", "formal address"). Questions open with ¿. Button labels are
// infinitives ("Reservar"), which fit either address.
import type { Address, Phrasebook } from './types';

export function spanish(address: Address, chosenBy: string): Phrasebook {
  const formal = address === 'formal';
  return {
    language: 'es',
    name: 'Spanish',
    address,
    addressNote: formal ? `usted (formal), ${chosenBy}.` : `tú (informal), ${chosenBy}.`,
    cta: {
      learn_more: 'Más información',
      shop_now: 'Comprar',
      book_now: 'Reservar',
      sign_up: 'Registrarse',
      contact_us: 'Contactar',
      get_offer: 'Obtener oferta',
      get_quote: 'Pedir presupuesto',
      order_now: 'Pedir ahora',
      subscribe: 'Suscribirse',
      apply_now: 'Solicitar',
      download: 'Descargar',
      request_demo: 'Solicitar demo',
      see_menu: 'Ver menú',
      register: 'Registrarse',
    },
    why: (brand) => `¿Por qué ${brand}?`,
    discover: (brand) => (formal ? `Descubra ${brand}` : `Descubre ${brand}`),
    thatIs: (brand) => `Así es ${brand}.`,
    whyCompromise: '¿Por qué conformarse?',
    howItWorks: 'Cómo funciona',
    by: (product, brand) => `${product} de ${brand}`,
    greeting: 'Hola,',
    punct: (mark) => (mark === '?' ? '?' : mark),
  };
}
