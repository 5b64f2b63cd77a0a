export declare const BUILD_OUTPUTS: string[];
export declare function isBuildStale(): boolean;
export declare function buildIfStale(stdio?: 'inherit' | 'pipe' | 'ignore'): number;
