import { describe, expect, it } from "vitest";
import { textFields } from "./form-fields";

describe("textFields", () => {
  it("reads single string values", () => {
    const form = new FormData();
    form.set("email", "a@b.test");
    expect(textFields(form, ["email"])).toEqual({ email: "a@b.test" });
  });

  it("reads missing, repeated and file fields as empty", () => {
    const form = new FormData();
    form.append("twice", "a");
    form.append("twice", "b");
    form.set("file", new Blob(["x"]), "x.txt");
    expect(textFields(form, ["missing", "twice", "file"])).toEqual({ missing: "", twice: "", file: "" });
  });

  it("reads anything that is not a FormData as empty fields", () => {
    for (const notAForm of [["a"], "email=a", null, undefined, { email: "a@b.test" }]) {
      expect(textFields(notAForm, ["email"])).toEqual({ email: "" });
    }
  });
});
