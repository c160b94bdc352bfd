import { importColumns } from '@derde-bron/domain';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { ErrorSummary, SuccessMessage } from '../../../components/error-summary.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import type { FormProblem } from '../../../lib/form-problem.ts';
import type { Membership } from '../../../lib/session.ts';
import { useFocusWhen } from '../../../lib/use-focus.ts';
import { type ImportReport, useImportPeople } from '../api/import-people.ts';
import { RegistryNav } from './register-page.tsx';

/** Import people from a spreadsheet: every error per row and column, and nothing stored until all are fixed. */
export function ImportForm({ membership: { orgId } }: { membership: Membership }) {
  const { t } = useTranslation();
  const importPeople = useImportPeople();
  const fileRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [imported, setImported] = useState<{ count: number } | null>(null);
  const reportRef = useFocusWhen<HTMLElement>(report);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setImported(null);
    setReport(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setProblem({ message: t('form.checkFields'), fields: { file: t('registry.import.fileMissing') } });
      return;
    }
    setProblem(null);
    importPeople.mutate(
      { orgId, file },
      {
        onSuccess: (result) => {
          setImported({ count: result.imported });
          if (fileRef.current) fileRef.current.value = '';
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 422) setReport(error.body as ImportReport);
          else setProblem({ message: error.message, fields: {} });
        },
      },
    );
  };
  return (
    <>
      <p className="lead">{t('registry.import.intro')}</p>
      <RegistryNav />
      <details>
        <summary>{t('registry.import.columnsTitle')}</summary>
        <p>{t('registry.import.columnsIntro')}</p>
        <p>
          <code>{importColumns.map((c) => c.nl).join(';')}</code>
        </p>
        <p>
          {t('registry.import.columnsRequired', {
            columns: importColumns
              .filter((c) => c.required)
              .map((c) => c.nl)
              .join(', '),
          })}
        </p>
      </details>
      <form onSubmit={submit} noValidate className="form">
        <ErrorSummary
          problem={problem}
          fields={{ file: { id: 'import-file', label: t('registry.import.file') } }}
        />
        {imported && (
          <SuccessMessage focusKey={imported}>
            <p>{t('registry.import.done', { count: imported.count })}</p>
          </SuccessMessage>
        )}
        <TextField
          id="import-file"
          type="file"
          label={t('registry.import.file')}
          hint={t('registry.import.fileHint')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          inputRef={fileRef}
          error={problem?.fields.file}
        />
        <Button type="submit" disabled={importPeople.isPending}>
          {t('registry.import.submit')}
        </Button>
      </form>
      {report && (
        <section
          aria-labelledby="import-report-title"
          className="alert alert--error"
          tabIndex={-1}
          ref={reportRef}
        >
          <h2 id="import-report-title">{t('registry.import.reportTitle')}</h2>
          <p>{t('registry.import.nothingImported', { count: report.errors.length })}</p>
          <DataTable
            caption={t('registry.import.reportTitle')}
            hideCaption
            scroll={false}
            columns={[t('registry.import.row'), t('registry.import.column'), t('registry.import.problem')]}
          >
            {report.errors.map((error) => (
              <tr key={`${error.row}-${error.column}-${error.messageKey}`}>
                <td>{error.row}</td>
                <td>{error.column}</td>
                <td>{t(`registry.import.errors.${error.messageKey}`)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}
    </>
  );
}
