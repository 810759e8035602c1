// Which of the rules engine's languages a text is in, by its function words (articles,
// prepositions, pronouns): enough to tell English, German, French and Spanish ad copy apart and
// to catch copy written in the wrong one. Too few function words → null (a headline of names).
import type { RulesLanguage } from './types';

const WORDS: Record<RulesLanguage, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'for', 'with', 'your', 'you', 'our', 'is', 'are', 'in', 'on', 'that', 'this', 'why', 'how', 'it', 'works', 'by', 'now', 'more', 'from', 'every', 'at', 'discover', 'learn', 'book', 'shop', 'order', 'hello', "that's", 'settle', 'sign', 'up', 'get', 'request', 'see', 'contact', 'us', 'made', 'served', 'than', 'over', 'within', 'day', 'days', 'morning', 'each', 'all', 'free', 'first', 'month', 'rated', 'used', 'teams', 'new', 'home', 'two', 'ten', 'hours', 'minutes', 'grown', 'like', 'year', 'be', 'can', 'will', 'we', 'an', 'a', 'or', 'no', 'not', 'any', 'level', 'answered', 'damage', 'cover', 'classes', 'coaches', 'voted', 'favourite', 'favorite', 'engineer', 'door', 'registered', 'until', 'apply', 'terms', 'quote', 'demo', 'trial', 'overnight'],
  de: ['der', 'die', 'das', 'und', 'mit', 'für', 'von', 'ist', 'sind', 'sie', 'ihr', 'ihre', 'dein', 'deine', 'du', 'zu', 'im', 'auf', 'bei', 'aus', 'jetzt', 'warum', 'so', 'es', 'funktioniert', 'entdecken', 'entdecke', 'dafür', 'steht', 'mehr', 'erfahren', 'guten', 'tag', 'hallo', 'machen', 'kompromisse', 'einkaufen', 'buchen', 'bestellen', 'nach', 'jeden', 'ein', 'eine', 'einen', 'wir', 'uns', 'nicht', 'auch', 'über', 'ab', 'dank', 'alle', 'einer', 'einem', 'seite', 'klick', 'projekte', 'zufriedene', 'handgenäht', 'wasserdicht', 'nasse', 'sohle', 'testsieger', 'registrieren', 'anfordern', 'stellen', 'anfrage', 'kontakt', 'aufnehmen', 'herunterladen', 'abonnieren', 'demo', 'den', 'dem', 'des', 'am', 'zum', 'zur', 'vom', 'bis', 'oder', 'wie', 'was', 'noch', 'nur', 'pisten', 'fuß'],
  fr: ['le', 'la', 'les', 'des', 'du', 'de', 'et', 'pour', 'avec', 'est', 'sont', 'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'un', 'une', 'au', 'aux', 'en', 'sur', 'pourquoi', 'comment', 'ça', 'marche', 'découvrez', 'découvre', "c'est", 'bonjour', 'faire', 'compromis', 'savoir', 'plus', 'chaque', 'nous', 'par', 'réserver', 'commander', 'acheter', 'peau', 'semaines', 'fabriqué', 'noté', 'sur', 'avis', 'pied', 'pistes', 'séjour', 'tout', 'compris', 'ski', 'lumineuse', 'quatre', "s'inscrire", 'contacter', 'demander', 'devis', 'télécharger', 'postuler', 'voir', "l'offre", 'profiter', 'ça,'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'para', 'con', 'es', 'son', 'tu', 'su', 'usted', 'un', 'una', 'en', 'por', 'qué', 'cómo', 'funciona', 'descubre', 'descubra', 'así', 'hola', 'conformarse', 'más', 'información', 'cada', 'nuestro', 'nuestra', 'al', 'reservar', 'comprar', 'pedir', 'ahora', 'cita', 'menos', 'horas', 'abierto', 'sábados', 'pacientes', 'atendidos', 'lana', 'devoluciones', 'días', 'opiniones', 'envío', 'gratis', 'pedidos', 'desde', 'registrarse', 'contactar', 'presupuesto', 'suscribirse', 'solicitar', 'descargar', 'ver', 'menú', 'obtener', 'oferta', 'limpieza', 'dental', 'completa', 'chaquetas'],
};

const SETS = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, new Set(v)])) as Record<RulesLanguage, Set<string>>;

export function detectLanguage(text: string): RulesLanguage | null {
  const tokens = text.toLowerCase().normalize('NFC').match(/[\p{L}']+/gu) ?? [];
  const scores = (Object.keys(SETS) as RulesLanguage[]).map((lang) => ({ lang, n: tokens.filter((t) => SETS[lang].has(t)).length }));
  scores.sort((a, b) => b.n - a.n);
  const [best, second] = scores;
  if (!best || best.n === 0 || best.n === second?.n || (best.n === 1 && tokens.length > 6)) return null;
  return best.lang;
}
