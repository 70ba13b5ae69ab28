import { describe, expect, it } from "vitest";
import {
  bytesFromBase64,
  filterResources,
  resourceContentBytes,
  resourceFileName,
  resourceToFile,
} from "./resource-file.js";

describe("resourceFileName", () => {
  it("uses the name and adds an extension from the type", () => {
    expect(resourceFileName({ name: "Resource 1", uri: "test://static/resource/1", mimeType: "text/plain" })).toBe(
      "Resource 1.txt",
    );
    expect(resourceFileName({ name: "notes.md", uri: "x", mimeType: "text/plain" })).toBe("notes.md");
  });

  it("makes the name safe", () => {
    expect(resourceFileName({ name: "a/b:c", uri: "x" })).toBe("a_b_c");
  });

  it("falls back to the last part of the URI", () => {
    expect(resourceFileName({ name: " ", uri: "file:///home/me/My%20Report.pdf?x=1" })).toBe("My Report.pdf");
    expect(resourceFileName({ name: "", uri: "///" }, "application/json")).toBe("file.json");
  });

  it("prefers the type of the content read", () => {
    expect(resourceFileName({ name: "pic", uri: "x", mimeType: "text/plain" }, "image/png; q=1")).toBe("pic.png");
  });
});

describe("resource contents", () => {
  it("encodes text as UTF-8", () => {
    const { bytes, mimeType } = resourceContentBytes("u", [{ uri: "u", mimeType: "text/plain", text: "héllo" }]);
    expect(Array.from(bytes)).toEqual([104, 195, 169, 108, 108, 111]);
    expect(mimeType).toBe("text/plain");
  });

  it("decodes a base64 blob", () => {
    expect(Array.from(bytesFromBase64("AAEC/w=="))).toEqual([0, 1, 2, 255]);
    expect(Array.from(resourceContentBytes("u", [{ uri: "u", blob: "AAEC\n/w==" }]).bytes)).toEqual([0, 1, 2, 255]);
  });

  it("picks the content with the resource's URI", () => {
    const contents = [
      { uri: "other", text: "no" },
      { uri: "u", text: "yes" },
    ];
    expect(new TextDecoder().decode(resourceContentBytes("u", contents).bytes)).toBe("yes");
    expect(new TextDecoder().decode(resourceContentBytes("missing", contents).bytes)).toBe("no");
  });

  it("refuses empty contents", () => {
    expect(() => resourceContentBytes("u", [])).toThrow(/no content/);
    expect(() => resourceContentBytes("u", [{ uri: "u" }])).toThrow(/neither/);
  });

  it("makes a file with name, type and bytes", async () => {
    const file = resourceToFile({ uri: "test://1", name: "Resource 1", mimeType: "text/plain" }, [
      { uri: "test://1", text: "abc" },
    ]);
    expect(file.name).toBe("Resource 1.txt");
    expect(file.type).toBe("text/plain");
    expect(await file.text()).toBe("abc");
  });
});

describe("filterResources", () => {
  const resources = [
    { uri: "test://static/resource/1", name: "Resource 1", description: "Plaintext" },
    { uri: "file:///readme.md", name: "readme", title: "Project readme" },
  ];

  it("matches every word anywhere", () => {
    expect(filterResources(resources, "").length).toBe(2);
    expect(filterResources(resources, "PLAIN static").map((resource) => resource.name)).toEqual(["Resource 1"]);
    expect(filterResources(resources, "project").map((resource) => resource.name)).toEqual(["readme"]);
    expect(filterResources(resources, "nothing")).toEqual([]);
  });
});
