import { pinReleasedMigrations } from '../../released-migrations';

/* Every PostgreSQL migration's text, pinned: see pinReleasedMigrations. */
const released: Record<string, string> = {
  '001-schema.ts': '82e0c47aaf484f277f2151a9bcdc6a62d4b3aa0f897619bd1c4533316fe8a9dd',
  '002-search.ts': '01e8d9c1d5c3cfe66cdf6b482bfd1e4b4141bac84e540aaeb173a0a0e93983fa',
  '003-record-versions.ts': 'f4893492e9333d12ee844e8ba76e9532f3d417084131deaa6799a5a2a74ad55f',
  '004-sessions.ts': '8dd62984e0fb1575a8e1380083b986fead81cbe8325b169e834551a365e2cd6b',
  '005-case-counts.ts': '412d21c75881e7f467db9c475df70ebb2076e35b21ebbdd53f9a90ebbc2b55ec',
  '006-number-order.ts': '88ec1244d37a28084c4d4dc28097a191aca29222413dd3d3f66bf7d89e6953e1',
  '007-search-order.ts': '12916bfc967d156f28b6d79a468f6c4c59fc75ca4ac6cccceccd4251be0048e0',
  '008-day-counts.ts': '7da7aa345f790e6b2134bd1d0771bd4f8e4dc391a41f6cef5e148f7debaa1b49',
  '009-id-sequences.ts': 'c748c607bf5f1e306d0d7ccd4bc6bd863ea8b9a4a56788c7e16795d2213fdf72',
  '010-stored-statistics.ts': 'b0a3fc6a2b2adebad3c954a6cc23f82d7c464da1aa8f65ed2bc0276befb4074d',
  '011-sign-in-journal.ts': 'fa2c0bb34f15cb104cdc09e8b1cd4bdd66ac5f3d0b7e9a251df6b0690e2e6fee',
  '012-scoped-statistics.ts': '3270885d05c1adc633f16c5382a5faba2bd582ca883f95981c16a41179592efc',
  '013-unchanged-case-fields.ts': 'bda1904bc400dff1df1bfbc2846b60c0feeb9d47b1e79fee223e9b11692cfe34',
  '014-append-in-one-call.ts': 'ae6a6543f87536175b7866dbb7271c8b7b566450fadfca5e1618f59e1ea79145',
  '015-session-announcements.ts': '137f7fa2751dae980df2ef12986e18e267fb6266dcaeb58f24b5a3b830fef6d8',
  '016-head-by-index.ts': 'e5cbfaac9b9cbdb9d6e56ed24b60861126a8265e11aee62cacf1ec96ead7d307',
  '017-room-for-edits.ts': 'b3774d155a771b58f68510ca0f1db4ddd1056a7b0801ae677175ab4a48c21812',
};

pinReleasedMigrations('PostgreSQL', import.meta.dirname, released);
