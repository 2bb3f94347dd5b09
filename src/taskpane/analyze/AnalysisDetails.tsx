import * as React from "react";
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import type {
  AnalysisChoices,
  AnalysisOptions,
  LineItem,
  Meaning,
  PlacementChoice,
  Question,
  Statement,
} from "../../excel/analyze";
import { format } from "../strings";
import { useDetailStrings } from "./detailStrings";
import { Checks } from "./Checks";
import { Questions } from "./Questions";
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
  /** The reader's questions as answered so far. */
  questions: readonly Question[];
  lineAt(line: LineItem): string;
  onAnswer(meaning: Meaning, line: number): void;
}

/** What FIN understood of the statement, and the analyst's choices of metrics and placement. */
export function AnalysisDetails(props: AnalysisDetailsProps): React.JSX.Element {
  const s = useDetailStrings();
  const { statement, choices } = props;
  return (
    <>
      <StatementSummary
        statement={statement}
        address={props.address}
        onMeaningChange={props.onMeaningChange}
      />
      <Questions
        questions={props.questions}
        lines={statement.lines}
        across={statement.orientation === "across"}
        lineAt={props.lineAt}
        onAnswer={props.onAnswer}
      />
      <Checks statement={statement} />
      {choices.refusals.map((r) => (
        <MessageBar key={r.line.index} intent="warning">
          <MessageBarBody>
            {format(s.refused, {
              metric: r.line.label,
              line: r.line.label,
              currency: r.currencies[0],
              revenue: r.revenue.label,
              revenueCurrency: r.currencies[1],
            })}
          </MessageBarBody>
        </MessageBar>
      ))}
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
