import * as React from "react";
import {
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { LineItem, Meaning, Question } from "../../excel/analyze";
import { format } from "../strings";
import { useDetailStrings } from "./detailStrings";

export interface QuestionsProps {
  questions: readonly Question[];
  lines: readonly LineItem[];
  across: boolean;
  /** Where a line sits on the sheet: its row number (across) or column letter (down). */
  lineAt(line: LineItem): string;
  onAnswer(meaning: Meaning, line: number): void;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  reason: { color: tokens.colorNeutralForeground3 },
});

/** Never guess: each meaning two lines could hold, with its lines to choose from. */
export function Questions(props: QuestionsProps): React.JSX.Element | null {
  const s = useDetailStrings();
  const styles = useStyles();
  if (props.questions.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="fin-analyze-questions">
      <Subtitle2 as="h2" id="fin-analyze-questions">
        {s.questionsHeading}
      </Subtitle2>
      {props.questions.map((q) => (
        <Field
          key={q.meaning}
          label={format(s.questionLabel, { meaning: s.meaningNames[q.meaning] })}
          hint={<Caption1 className={styles.reason}>{s.questions[q.reason]}</Caption1>}
        >
          <RadioGroup
            value={q.chosen === null ? "" : String(q.chosen)}
            onChange={(_, data) => props.onAnswer(q.meaning, Number(data.value))}
          >
            {q.candidates.map((i) => (
              <Radio
                key={i}
                value={String(i)}
                label={format(props.across ? s.questionLine : s.questionLineDown, {
                  line: props.lines[i].label,
                  row: props.lineAt(props.lines[i]),
                })}
              />
            ))}
          </RadioGroup>
        </Field>
      ))}
    </section>
  );
}
