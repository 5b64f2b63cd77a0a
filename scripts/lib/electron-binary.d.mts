export declare function findElectronBinary(): { path: string; reason: null } | { path: null; reason: string };
