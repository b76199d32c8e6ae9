import { Command } from 'commander';

const program = new Command()
  .name('yjplan')
  .description(
    'Youth justice intervention plans: run the worked example, check case files, simulate caseloads.',
  );

program.parse();
