/* The Excel and Office enumerations FIN's code refers to, with Office.js's string values. */
const values = <K extends string>(...keys: K[]) =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P });
const camel = <K extends string>(...keys: K[]) =>
  Object.freeze(
    Object.fromEntries(keys.map((k) => [k[0].toLowerCase() + k.slice(1), k])) as Record<string, K>
  );

export const ErrorCodes = camel(
  "AccessDenied",
  "ApiNotFound",
  "Conflict",
  "GeneralException",
  "InvalidArgument",
  "InvalidOperation",
  "InvalidReference",
  "InvalidSelection",
  "ItemAlreadyExists",
  "ItemNotFound",
  "MergedRangeConflict",
  "NotImplemented",
  "RangeExceedsLimit",
  "RequestAborted",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "UnsupportedOperation"
);

export const OfficeExtensionErrorCodes = camel(
  "AccessDenied",
  "GeneralException",
  "ActivityLimitReached",
  "InvalidObjectPath",
  "PropertyNotLoaded",
  "ValueNotLoaded",
  "InvalidRequestContext",
  "InvalidArgument",
  "RunMustReturnPromise",
  "CannotRegisterEvent",
  "ApiNotFound",
  "ConnectionFailure"
);

export const ChartType = Object.freeze({
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  columnStacked100: "ColumnStacked100",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
  line: "Line",
  lineMarkers: "LineMarkers",
  lineStacked: "LineStacked",
  pie: "Pie",
  doughnut: "Doughnut",
  area: "Area",
  areaStacked: "AreaStacked",
  xyscatter: "XYScatter",
  xyscatterLines: "XYScatterLines",
  waterfall: "Waterfall",
});

export const ChartSeriesBy = Object.freeze({ auto: "Auto", columns: "Columns", rows: "Rows" });

export const ConditionalFormatType = camel(
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue"
);

export const ConditionalFormatColorCriterionType = Object.freeze({
  invalid: "Invalid",
  lowestValue: "LowestValue",
  highestValue: "HighestValue",
  number: "Number",
  percent: "Percent",
  formula: "Formula",
  percentile: "Percentile",
});

export const BorderIndex = camel(
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp"
);
export const BorderLineStyle = camel(
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot"
);
export const BorderWeight = camel("Hairline", "Thin", "Medium", "Thick");
export const HorizontalAlignment = camel(
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed"
);
export const SheetVisibility = camel("Visible", "Hidden", "VeryHidden");
export const RangeValueType = camel(
  "Unknown",
  "Empty",
  "String",
  "Integer",
  "Double",
  "Boolean",
  "Error",
  "RichValue"
);
export const ClearApplyTo = camel("All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks");

export const HostType = values(
  "Word",
  "Excel",
  "PowerPoint",
  "Outlook",
  "OneNote",
  "Project",
  "Access"
);
export const PlatformType = values("PC", "OfficeOnline", "Mac", "iOS", "Android", "Universal");

/** Range.getSpecialCells: which cells (ExcelApi 1.9). */
export const SpecialCellType = Object.freeze({
  conditionalFormats: "ConditionalFormats",
  dataValidations: "DataValidations",
  blanks: "Blanks",
  constants: "Constants",
  formulas: "Formulas",
  sameConditionalFormat: "SameConditionalFormat",
  sameDataValidation: "SameDataValidation",
  visible: "Visible",
});

/** Range.getSpecialCells: which values, for constants and formulas only (ExcelApi 1.9). */
export const SpecialCellValueType = Object.freeze({
  errors: "Errors",
  errorsLogical: "ErrorsLogical",
  errorsNumbers: "ErrorsNumbers",
  errorsText: "ErrorsText",
  errorsLogicalNumber: "ErrorsLogicalNumber",
  errorsLogicalText: "ErrorsLogicalText",
  errorsNumberText: "ErrorsNumberText",
  logical: "Logical",
  logicalNumbers: "LogicalNumbers",
  logicalText: "LogicalText",
  logicalNumbersText: "LogicalNumbersText",
  numbers: "Numbers",
  numbersText: "NumbersText",
  text: "Text",
  all: "All",
});
