import packageJson from "../package.json" with { type: "json" };

export const covaltVersion: string = packageJson.version;
