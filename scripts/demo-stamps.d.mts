export declare const BUILD_INPUTS: readonly string[];
export declare function installStamp(root: string): string;
export declare function buildStamp(root: string): string;
