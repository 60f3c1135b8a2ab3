/** ISO 3166-1 alpha-2 → numeric codes (the ids world-atlas uses), for the reference countries. */
export const ISO_NUMERIC: Record<string, string> = {
  US: '840', CA: '124', MX: '484', BR: '076', AR: '032', CL: '152', CO: '170', PE: '604',
  GB: '826', IE: '372', FR: '250', DE: '276', IT: '380', ES: '724', NL: '528', BE: '056',
  DK: '208', SE: '752', FI: '246', NO: '578', AT: '040', PT: '620', GR: '300', CH: '756',
  CZ: '203', HU: '348', RO: '642', BG: '100', PL: '616', RS: '688', UA: '804', GE: '268',
  TR: '792', IL: '376', ZA: '710', EG: '818', CN: '156', JP: '392', KR: '410', TW: '158',
  HK: '344', SG: '702', MY: '458', TH: '764', VN: '704', PH: '608', IN: '356', AU: '036',
  NZ: '554', RU: '643', SA: '682', AE: '784', KE: '404', NG: '566',
};
