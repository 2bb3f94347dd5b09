import * as React from "react";
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import type {
  AnalysisChoices,
  AnalysisOptions,
  Meaning,
  PlacementChoice,
  Statement,
} from "../../excel/analyze";
import { useStrings } from "../StringsContext";
import { WriteAsChoice } from "../WriteAsChoice";
import { MetricOptions } from "./MetricOptions";
import { StatementSummary } from "./StatementSummary";

export interface AnalysisDetailsProps {
  statement: Statement;
  address: string;
  choices: AnalysisChoices;
  options: AnalysisOptions;
  placement: PlacementChoice;
  onMeaningChange(lineIndex: number, meaning: Meaning | null): void;
  onOptionChange(key: keyof AnalysisOptions, on: boolean): void;
  onPlacementChange(placement: PlacementChoice): void;
}

/** What FIN understood of the statement, and the analyst's choices of metrics and placement. */
export function AnalysisDetails(props: AnalysisDetailsProps): React.JSX.Element {
  const s = useStrings().analyze;
  const { statement, choices } = props;
  return (
    <>
      <StatementSummary
        statement={statement}
        address={props.address}
        onMeaningChange={props.onMeaningChange}
      />
      {!choices.revenue && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.noRevenue}</MessageBarBody>
        </MessageBar>
      )}
      <MetricOptions choices={choices} options={props.options} onChange={props.onOptionChange} />
      <Field label={s.placementHeading}>
        <RadioGroup
          value={props.placement}
          onChange={(_, data) => props.onPlacementChange(data.value as PlacementChoice)}
        >
          <Radio
            value="beside"
            label={statement.orientation === "across" ? s.placementBelow : s.placementRight}
          />
          <Radio value="newSheet" label={s.placementNewSheet} />
        </RadioGroup>
      </Field>
      <WriteAsChoice />
    </>
  );
}
