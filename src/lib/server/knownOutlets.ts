import type { OutletKind } from './store/sqlite/outlets';

/**
 * Display names, kinds and owners for well-known news domains; anything else gets a name derived from its
 * domain. Owners only where the ownership is well known and stable (the owning group, not the state that funds
 * it); people set the rest on the outlet page.
 */
export const KNOWN_OUTLETS: Record<
  string,
  { name: string; country?: string; kind?: OutletKind; owner?: string }
> = {
  'rt.com': { name: 'RT', country: 'RU', kind: 'state media', owner: 'ANO TV-Novosti' },
  'de.rt.com': { name: 'RT DE', country: 'RU', kind: 'state media', owner: 'ANO TV-Novosti' },
  'tass.com': { name: 'TASS', country: 'RU', kind: 'state media' },
  'sputniknews.com': { name: 'Sputnik', country: 'RU', kind: 'state media', owner: 'Rossiya Segodnya' },
  'sputnikglobe.com': { name: 'Sputnik', country: 'RU', kind: 'state media', owner: 'Rossiya Segodnya' },
  'ria.ru': { name: 'RIA Novosti', country: 'RU', kind: 'state media', owner: 'Rossiya Segodnya' },
  'presstv.ir': { name: 'Press TV', country: 'IR', kind: 'state media', owner: 'IRIB' },
  'irna.ir': { name: 'IRNA', country: 'IR', kind: 'state media' },
  'xinhuanet.com': { name: 'Xinhua', country: 'CN', kind: 'state media', owner: 'Xinhua News Agency' },
  'news.cn': { name: 'Xinhua', country: 'CN', kind: 'state media', owner: 'Xinhua News Agency' },
  'cgtn.com': { name: 'CGTN', country: 'CN', kind: 'state media', owner: 'China Media Group' },
  'aljazeera.com': {
    name: 'Al Jazeera',
    country: 'QA',
    kind: 'broadcaster',
    owner: 'Al Jazeera Media Network'
  },
  'reuters.com': { name: 'Reuters', country: 'GB', kind: 'wire service', owner: 'Thomson Reuters' },
  'apnews.com': { name: 'AP', country: 'US', kind: 'wire service', owner: 'The Associated Press' },
  'ap.org': { name: 'AP', country: 'US', kind: 'wire service', owner: 'The Associated Press' },
  'afp.com': { name: 'AFP', country: 'FR', kind: 'wire service' },
  'upi.com': { name: 'UPI', country: 'US', kind: 'wire service' },
  'bbc.co.uk': { name: 'BBC', country: 'GB', kind: 'public broadcaster', owner: 'BBC' },
  'bbc.com': { name: 'BBC', country: 'GB', kind: 'public broadcaster', owner: 'BBC' },
  'dw.com': { name: 'DW', country: 'DE', kind: 'public broadcaster' },
  'france24.com': {
    name: 'France 24',
    country: 'FR',
    kind: 'public broadcaster',
    owner: 'France Médias Monde'
  },
  'npr.org': { name: 'NPR', country: 'US', kind: 'public broadcaster' },
  'pbs.org': { name: 'PBS', country: 'US', kind: 'public broadcaster' },
  'cbc.ca': { name: 'CBC', country: 'CA', kind: 'public broadcaster' },
  'abc.net.au': { name: 'ABC (Australia)', country: 'AU', kind: 'public broadcaster' },
  'rferl.org': { name: 'RFE/RL', country: 'US', kind: 'public broadcaster' },
  'voanews.com': { name: 'VOA', country: 'US', kind: 'public broadcaster' },
  'nytimes.com': {
    name: 'The New York Times',
    country: 'US',
    kind: 'newspaper',
    owner: 'The New York Times Company'
  },
  'washingtonpost.com': { name: 'The Washington Post', country: 'US', kind: 'newspaper' },
  'wsj.com': { name: 'The Wall Street Journal', country: 'US', kind: 'newspaper', owner: 'News Corp' },
  'usatoday.com': { name: 'USA Today', country: 'US', kind: 'newspaper', owner: 'Gannett' },
  'latimes.com': { name: 'Los Angeles Times', country: 'US', kind: 'newspaper' },
  'nydailynews.com': { name: 'New York Daily News', country: 'US', kind: 'newspaper' },
  'nypost.com': { name: 'New York Post', country: 'US', kind: 'newspaper', owner: 'News Corp' },
  'theguardian.com': {
    name: 'The Guardian',
    country: 'GB',
    kind: 'newspaper',
    owner: 'Guardian Media Group'
  },
  'guardian.co.uk': { name: 'The Guardian', country: 'GB', kind: 'newspaper', owner: 'Guardian Media Group' },
  'telegraph.co.uk': { name: 'The Telegraph', country: 'GB', kind: 'newspaper' },
  'independent.co.uk': { name: 'The Independent', country: 'GB', kind: 'newspaper' },
  'dailymail.co.uk': { name: 'Daily Mail', country: 'GB', kind: 'newspaper', owner: 'DMG Media' },
  'ft.com': { name: 'Financial Times', country: 'GB', kind: 'newspaper', owner: 'Nikkei' },
  'cnn.com': { name: 'CNN', country: 'US', kind: 'broadcaster' },
  'foxnews.com': { name: 'Fox News', country: 'US', kind: 'broadcaster', owner: 'Fox Corporation' },
  'nbcnews.com': { name: 'NBC News', country: 'US', kind: 'broadcaster', owner: 'NBCUniversal' },
  'cbsnews.com': { name: 'CBS News', country: 'US', kind: 'broadcaster' },
  'abcnews.go.com': {
    name: 'ABC News',
    country: 'US',
    kind: 'broadcaster',
    owner: 'The Walt Disney Company'
  },
  'euronews.com': { name: 'Euronews', country: 'FR', kind: 'broadcaster' },
  'politico.com': { name: 'Politico', country: 'US', kind: 'newspaper', owner: 'Axel Springer SE' },
  'politico.eu': { name: 'Politico Europe', country: 'BE', kind: 'newspaper', owner: 'Axel Springer SE' },
  'bild.de': { name: 'Bild', country: 'DE', kind: 'newspaper', owner: 'Axel Springer SE' },
  'welt.de': { name: 'Die Welt', country: 'DE', kind: 'newspaper', owner: 'Axel Springer SE' },
  'bloomberg.com': { name: 'Bloomberg', country: 'US', kind: 'agency', owner: 'Bloomberg L.P.' },
  'nato.int': { name: 'NATO', kind: 'government' },
  'state.gov': { name: 'U.S. State Department', country: 'US', kind: 'government' },
  'kryeministria.al': { name: 'Albanian Prime Minister’s Office', country: 'AL', kind: 'government' }
};
