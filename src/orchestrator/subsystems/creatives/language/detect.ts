// Which of the rules engine's languages a text is in: enough to tell English, German, French and
// Spanish ad copy apart and to catch copy written in the wrong one, on texts as short as a
// headline. Each language scores its function words (articles, prepositions, pronouns — a word
// two languages share, like "in", counts for both), the words our phrasebooks write, and its
// spelling: letters (ä ö ü ß; é è ç œ; ñ ¿ ¡ á í ó ú), elisions (l', d', qu') and endings (-ungen,
// -keit; -ción, -dad; -eux, -ée; -ing). Too little evidence, or a tie, gives null (a headline of
// names), and the caller keeps the text.
import type { RulesLanguage } from './types';

const WORDS: Record<RulesLanguage, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'for', 'with', 'your', 'you', 'our', 'is', 'are', 'in', 'on', 'that', 'this', 'why', 'how', 'it', 'works', 'by', 'now', 'more', 'from', 'every', 'at', 'discover', 'learn', 'book', 'shop', 'order', 'hello', "that's", 'settle', 'sign', 'up', 'get', 'request', 'see', 'contact', 'us', 'made', 'served', 'than', 'over', 'within', 'day', 'days', 'morning', 'each', 'all', 'free', 'first', 'month', 'rated', 'used', 'teams', 'new', 'home', 'two', 'ten', 'hours', 'minutes', 'grown', 'like', 'year', 'be', 'can', 'will', 'we', 'an', 'a', 'or', 'no', 'not', 'any', 'level', 'answered', 'damage', 'cover', 'classes', 'coaches', 'voted', 'favourite', 'favorite', 'engineer', 'door', 'registered', 'until', 'apply', 'terms', 'quote', 'demo', 'trial', 'overnight', 'here', 'what', 'sets', 'apart', 'people', 'choose', 'team', 'table', 'menu', 'appointment', 'online', 'yours', 'join', 'today', 'stay', 'touch', 'find', 'out', 'claim', 'offer', 'hosted', 'approved', 'built', 'without', 'into', 'out', 'one', 'per', 'same', 'after', 'before', 'open', 'late', 'weekdays', 'evenings', 'saturdays', 'patients', 'families', 'invoices', 'approvals', 'faster', 'certified'],
  de: ['der', 'die', 'das', 'und', 'mit', 'für', 'von', 'ist', 'sind', 'sie', 'ihr', 'ihre', 'ihren', 'ihnen', 'dein', 'deine', 'deinen', 'dich', 'dir', 'du', 'zu', 'in', 'im', 'an', 'am', 'auf', 'bei', 'aus', 'jetzt', 'warum', 'so', 'es', 'funktioniert', 'entdecken', 'entdecke', 'dafür', 'steht', 'mehr', 'erfahren', 'erfahre', 'guten', 'tag', 'hallo', 'machen', 'kompromisse', 'einkaufen', 'buchen', 'buche', 'bestellen', 'bestell', 'nach', 'jeden', 'jede', 'jeder', 'jedes', 'ein', 'eine', 'einen', 'wir', 'uns', 'nicht', 'auch', 'über', 'ab', 'dank', 'alle', 'einer', 'einem', 'seite', 'klick', 'projekte', 'zufriedene', 'handgenäht', 'wasserdicht', 'nasse', 'sohle', 'testsieger', 'registrieren', 'registriere', 'anfordern', 'stellen', 'anfrage', 'kontakt', 'aufnehmen', 'herunterladen', 'abonnieren', 'den', 'dem', 'des', 'zum', 'zur', 'vom', 'bis', 'oder', 'wie', 'was', 'noch', 'nur', 'pisten', 'fuß', 'statt', 'ohne', 'durch', 'unter', 'als', 'pro', 'je', 'minuten', 'stunden', 'tagen', 'wochen', 'monat', 'reservieren', 'reserviere', 'tisch', 'termin', 'vereinbaren', 'vereinbare', 'beantragen', 'beantrage', 'berechnen', 'berechne', 'beitrag', 'kaufen', 'werden', 'werde', 'mitglied', 'aufenthalt', 'nehmen', 'nimm', 'sichern', 'sichere', 'zeichnet', 'darum', 'entscheiden', 'viele', 'team', 'speisekarte', 'werfen', 'wirf', 'blick', 'kostenvoranschlag', 'fordern', 'fordere', 'online', 'gehostet', 'freigeben', 'erfassen', 'automatisch', 'zertifiziert', 'gehostet', 'weniger', 'schneller', 'rechnungen', 'belege', 'daten'],
  fr: ['le', 'la', 'les', 'des', 'du', 'de', 'et', 'pour', 'avec', 'est', 'sont', 'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'un', 'une', 'au', 'aux', 'en', 'sur', 'dans', 'pourquoi', 'comment', 'ça', 'marche', 'découvrez', 'découvre', "c'est", 'bonjour', 'faire', 'compromis', 'savoir', 'plus', 'chaque', 'nous', 'par', 'réserver', 'commander', 'acheter', 'peau', 'semaines', 'fabriqué', 'noté', 'avis', 'pied', 'pistes', 'séjour', 'tout', 'compris', 'ski', 'lumineuse', 'quatre', "s'inscrire", 'contacter', 'demander', 'devis', 'télécharger', 'postuler', 'voir', "l'offre", 'profiter', 'réservez', 'réserve', 'table', 'commandez', 'commande', 'ligne', 'consultez', 'consulte', 'menu', 'prenez', 'prends', 'rendez', 'vous', 'demandez', 'demande', 'démo', 'obtenez', 'obtiens', 'faites', 'fais', 'inscrivez', 'inscris', 'toi', 'contactez', 'contacte', 'abonnez', 'abonne', 'profitez', 'profite', 'voici', 'ce', 'qui', 'distingue', 'ils', 'font', 'confiance', 'à', 'équipe', "l'équipe", "d'informations", 'notre', 'site', 'offre', 'ton', 'sans', 'très', 'jours', 'heures', 'minutes', 'mois'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'para', 'con', 'es', 'son', 'tu', 'su', 'usted', 'un', 'una', 'en', 'por', 'qué', 'cómo', 'funciona', 'descubre', 'descubra', 'así', 'hola', 'conformarse', 'más', 'información', 'cada', 'nuestro', 'nuestra', 'al', 'reservar', 'comprar', 'pedir', 'ahora', 'cita', 'menos', 'horas', 'abierto', 'sábados', 'pacientes', 'atendidos', 'lana', 'devoluciones', 'días', 'opiniones', 'envío', 'gratis', 'pedidos', 'desde', 'registrarse', 'contactar', 'presupuesto', 'suscribirse', 'solicitar', 'descargar', 'ver', 'menú', 'obtener', 'oferta', 'limpieza', 'dental', 'completa', 'chaquetas', 'reserva', 'reserve', 'mesa', 'haz', 'haga', 'pedido', 'línea', 'consulta', 'consulte', 'pide', 'pida', 'solicita', 'solicite', 'demo', 'calcula', 'calcule', 'precio', 'solicítalo', 'solicítelo', 'compra', 'compre', 'hazte', 'hágase', 'socio', 'estancia', 'regístrate', 'regístrese', 'escríbenos', 'escríbanos', 'suscríbete', 'suscríbase', 'web', 'aprovecha', 'aproveche', 'lo', 'que', 'distingue', 'tantos', 'eligen', 'equipo', 'sin', 'muy', 'semanas', 'minutos'],
};

/** Spelling that belongs to one language: a letter, an elision or an ending, each worth a point per word. */
const SPELLING: Record<RulesLanguage, readonly RegExp[]> = {
  en: [/^\p{L}{3,}ing$/u, /^\p{L}+'s$/u, /^\p{L}{3,}ly$/u],
  de: [/[äöüß]/u, /^\p{L}{2,}(?:ung|ungen|keit|heit|schaft|lich|isch|chen|tät)$/u, /^ge\p{L}{3,}t$/u],
  fr: [/[èêëàâçîïôûœ]/u, /^(?:l|d|qu|n|c|j|s)'\p{L}/u, /^\p{L}{2,}(?:eux|euse|ée|ées|ais|ait|ons|ez)$/u],
  es: [/[ñ¿¡]/u, /[áíóú]/u, /^\p{L}{2,}(?:ción|ciones|dad|dades|mente|ado|ada|ados|adas)$/u],
};

const SETS = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, new Set(v)])) as Record<RulesLanguage, Set<string>>;
const LANGS = Object.keys(SETS) as RulesLanguage[];

export function detectLanguage(text: string): RulesLanguage | null {
  const lower = text.toLowerCase().normalize('NFC');
  const tokens = lower.match(/[\p{L}']+/gu) ?? [];
  const marks = /[¿¡]/u.test(lower) ? 1 : 0;
  const scores = LANGS.map((lang) => {
    let n = 0;
    for (const t of tokens) {
      if (SETS[lang].has(t)) n += 1;
      else if (SPELLING[lang].some((re) => re.test(t))) n += 1;
    }
    if (lang === 'es') n += marks;
    return { lang, n };
  });
  scores.sort((a, b) => b.n - a.n);
  const [best, second] = scores;
  if (!best || best.n === 0 || best.n === second?.n || (best.n === 1 && tokens.length > 6)) return null;
  return best.lang;
}
