/** The first start's choice of database, the office server's fingerprint, and the connection's state. */
const connection = {
  firstStart: {
    title: 'Where is this computer’s data?',
    intro: 'Nadzor starts for the first time on this computer. Choose where it keeps its data.',
    choice: 'Where the data is',
    local: 'This computer only',
    localHint: 'A database file on this computer, for the person who works at it.',
    office: 'Connect to the office server',
    officeHint: 'The whole unit on one shared database: the office server’s address is needed.',
    address: 'Office server address',
    addressHint: 'As the server printed it at its start, for example 192.168.1.10:4318',
    next: 'Continue',
  },
  confirm: {
    title: 'Confirm the office server',
    intro: 'The server at {{address}} presents a certificate with this SHA-256 fingerprint:',
    fingerprint: 'Fingerprint the server presents',
    compare:
      'Compare it, group by group, with the “SHA-256 fingerprint” line the office server printed at its start (your administrator gives it to you on paper or by phone). Confirm only if every character is the same; if any differs, cancel and tell your administrator.',
    confirm: 'It is the same: connect',
    cancel: 'Cancel',
  },
  database: {
    label: 'Database',
    local: 'This computer',
    office: 'Office server {{address}}',
  },
  banner: {
    unreachable:
      'The office server {{address}} cannot be reached. Nadzor keeps trying by itself; what you typed stays in its form, send it again when this message is gone.',
  },
  changed: {
    title: 'The office server’s certificate changed',
  },
  settings: {
    title: 'Connection',
    mode: 'Database',
    fingerprint: 'Confirmed certificate fingerprint (SHA-256)',
  },
  error: {
    unreachable:
      'The office server {{address}} cannot be reached ({{reason}}). Check the network, or ask your administrator whether the server is running.',
    certificateChanged:
      'The office server’s certificate changed: {{address}} now presents a certificate other than the one confirmed on this computer, so Nadzor sent it nothing. Someone may be posing as the server. Contact your administrator before you go on.',
    notChosen: 'Choose first where this computer’s data is.',
    alreadyChosen:
      'This computer’s database is already chosen. Only an administrator can change it, on this computer (docs/office.md).',
    notHere: 'The desktop app answers this itself; a server does not take it.',
    fileUnreadable:
      'The saved choice of database ({{file}}) could not be read: {{reason}}. Choose again where this computer’s data is.',
  },
};

export default connection;
