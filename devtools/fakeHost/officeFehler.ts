/**
 * Errors shaped like OfficeExtension.Error: `code` from Excel.ErrorCodes, `message`, `debugInfo`.
 * Writers that branch on `e.code === "ItemNotFound"` behave the same against the fake and Excel.
 */
export type OfficeFehlerCode =
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidObjectPath"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "GeneralException";

export class FakeOfficeFehler extends Error {
  readonly code: OfficeFehlerCode;
  readonly debugInfo: { code: OfficeFehlerCode; message: string; errorLocation?: string };

  constructor(code: OfficeFehlerCode, message: string, ort?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation: ort };
  }
}

/** The values of Excel.ErrorCodes this fake can raise, for code that compares against the enum. */
export const ERROR_CODES = {
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  generalException: "GeneralException",
} as const;
