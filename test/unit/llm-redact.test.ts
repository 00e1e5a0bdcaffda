import { describe, expect, it } from "vitest";
import { redact } from "../../src/grading/llm/redact.js";

describe("redact", () => {
  it("replaces emails", () => {
    const r = redact("Mail me at jo.doe+prep@mail.example.co.uk or ops@netflix.com.");
    expect(r.text).toBe("Mail me at [email] or [email].");
    expect(r.counts.emails).toBe(2);
  });

  it.each([
    ["+1 415 555 0134", "[phone]"],
    ["(415) 555-0134", "[phone]"],
    ["415-555-0134", "[phone]"],
    ["415.555.0134", "[phone]"],
    ["+44 20 7946 0958", "[phone]"],
    ["+31 6 12345678", "[phone]"],
  ])("replaces the phone number %s", (phone, expected) => {
    expect(redact(`call ${phone} today`).text).toBe(`call ${expected} today`);
  });

  it.each([
    "We served 10,000 requests per second at p99 of 250 ms.",
    "From 2019 to 2021, and again in 2019-2020, the churn was 2.5%.",
    "Version 1.2.3 shipped on 2024-03-15 to 230 million members.",
    "It cost 40 engineers 3 weeks; 99.99% availability; 12 345 events.",
    "The ticket INC-4155550134 was closed.",
  ])("leaves ordinary numbers alone: %s", (text) => {
    expect(redact(text).text).toBe(text);
  });

  it("replaces configured names, whole words, any case, longest first", () => {
    const r = redact("Ana Lima told ana about it; Anabel and Ana's team disagreed. ANA LIMA agreed.", [
      "Ana",
      "Ana Lima",
    ]);
    expect(r.text).toBe("[name] told [name] about it; Anabel and [name]'s team disagreed. [name] agreed.");
    expect(r.counts.names).toBe(4);
  });

  it("matches names across line breaks and escapes regex characters", () => {
    expect(redact("Dr. J.R.\nSmith (lead)", ["J.R. Smith"]).text).toBe("Dr. [name] (lead)");
    expect(redact("JxR Smith", ["J.R. Smith"]).text).toBe("JxR Smith");
  });

  it("is pure: same input, same output; an empty name list changes nothing else", () => {
    const text = "Priya (priya@x.io, 415-555-0134) and Sam";
    expect(redact(text, ["Priya"])).toEqual(redact(text, ["Priya"]));
    expect(redact(text, []).text).toBe("Priya ([email], [phone]) and Sam");
    expect(redact(text, ["  ", ""]).text).toBe("Priya ([email], [phone]) and Sam");
  });
});
