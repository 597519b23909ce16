import { pinReleasedMigrations } from '../released-migrations';

/* Every SQLite migration's text, pinned: see pinReleasedMigrations. */
const released: Record<string, string> = {
  '001-cases-and-reference.ts': 'a40c6f629eea63f5a3be4771ea5db54e872638ea6724f6e13086cde560c82837',
  '002-statistics.ts': '6595cfbd5d321ee3010028bf52d0a22372957b92e184b43fbb924f3979e16959',
  '003-monitoring.ts': 'b9e6d2722e14f94617c5751ca99ad2fb496714ca57873e205f3fab8686de5096',
  '004-accounts.ts': '86be7eabc9cc6d68a83ea2e5c513ec585a86f4c228ff2e6206564b8b7e43e0e2',
  '005-list-and-search.ts': 'b8b9acd6f1f3e333fcf40cb22f87090fe770d117d0f641a89c6c616ee02eb777',
  '006-search-in-list-order.ts': '4cafe0b8e376239a646ca87f333768a4dc2c492ec5b79c9345c0011a3f934f6b',
  '007-district-counts.ts': '8a42ffb881008636f55ccfcb754b98c9a124b7d87d2c6d947022f7be01c9699d',
  '008-record-versions.ts': '8326178e15f4a3c8dc910d2ef8f42548bc680ddc5bd7deebf064360b15e0cf8d',
  '009-sign-in-journal.ts': '2835ab34fdc8f42ce0cbb2f67be1342fbc326e863970d00e97b1a87cb500de6e',
  '010-kept-statistics.ts': 'c801139345ce901bcb41cc2a00a9190fefe2a9842cc7b73f5dd1a1ceca7c7b4e',
};

pinReleasedMigrations('SQLite', import.meta.dirname, released);
