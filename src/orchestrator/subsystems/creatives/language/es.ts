// Spanish: tú by default (the usual register of Spanish advertising); usted when the tone asks
// for it ("usted", "formal", "formal address"). Questions open with ¿. Button labels and headline
// calls to action are infinitives ("Pedir cita"), which fit either address; sentences in body copy
// are imperatives in the chosen address ("Pide tu cita." / "Pida su cita."). Letters open with
// "Hola:" (a colon after the salutation, as Spanish letters write it) and go on with a capital.
import type { Address, Phrasebook } from './types';

export function spanish(address: Address, chosenBy: string): Phrasebook {
  const formal = address === 'formal';
  const say = (usted: string, tu: string): string => (formal ? usted : tu);
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
    actions: {
      book_table: { label: 'Reservar mesa', sentence: say('Reserve su mesa.', 'Reserva tu mesa.') },
      order_food: { label: 'Pedir ahora', sentence: say('Haga su pedido en línea.', 'Haz tu pedido en línea.') },
      see_menu: { label: 'Ver el menú', sentence: say('Consulte el menú.', 'Consulta el menú.') },
      book_appointment: { label: 'Pedir cita', sentence: say('Pida su cita en línea.', 'Pide tu cita en línea.') },
      book_demo: { label: 'Solicitar una demo', sentence: say('Solicite una demo.', 'Solicita una demo.') },
      get_quote: { label: 'Pedir presupuesto', sentence: say('Pida su presupuesto.', 'Pide tu presupuesto.') },
      get_price: { label: 'Calcular precio', sentence: say('Calcule su precio en línea.', 'Calcula tu precio en línea.') },
      apply: { label: 'Solicitar ahora', sentence: say('Solicítelo en línea.', 'Solicítalo en línea.') },
      shop: { label: 'Comprar ahora', sentence: say('Compre en línea.', 'Compra en línea.') },
      join: { label: 'Hacerse socio', sentence: say('Hágase socio.', 'Hazte socio.') },
      book_stay: { label: 'Reservar estancia', sentence: say('Reserve su estancia.', 'Reserva tu estancia.') },
      sign_up: { label: 'Registrarse', sentence: say('Regístrese.', 'Regístrate.') },
      contact: { label: 'Contactar', sentence: say('Escríbanos.', 'Escríbenos.') },
      subscribe: { label: 'Suscribirse', sentence: say('Suscríbase.', 'Suscríbete.') },
      learn_more: { label: 'Más información', sentence: 'Más información en nuestra web.' },
      get_offer: { label: 'Obtener oferta', sentence: say('Aproveche la oferta.', 'Aprovecha la oferta.') },
    },
    why: (brand) => `¿Por qué ${brand}?`,
    discover: (brand) => say(`Descubra ${brand}`, `Descubre ${brand}`),
    thatIs: (brand) => `Así es ${brand}.`,
    whyCompromise: '¿Por qué conformarse?',
    howItWorks: 'Cómo funciona',
    by: (product, brand) => `${product} de ${brand}`,
    leadIn: {
      benefits: (brand) => `Lo que distingue a ${brand}:`,
      proofs: (brand) => `Por qué tantos eligen ${brand}:`,
      offer: (brand) => say(`Su oferta de ${brand}:`, `Tu oferta de ${brand}:`),
    },
    greeting: 'Hola:',
    afterGreeting: (text) => text,
    signoff: (brand) => `El equipo de ${brand}`,
    punct: (mark) => mark,
  };
}
